public enum RapportCommand { public static func main() {} }
