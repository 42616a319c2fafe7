extension Rect {
    /// Whether the cell (x, y) lies inside, for mouse hit-testing.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}
