public enum UIPlaceholder {}
