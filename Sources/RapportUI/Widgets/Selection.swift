/// How a selection bar is laid over a row already drawn: the bar's background and attributes,
/// and its foreground unless it leaves that to the text (so a P1 stays red under the bar).
enum Selection {
    static func bar(_ bar: Style) -> (inout Style) -> Void {
        { style in
            style = Style(foreground: bar.foreground == .default ? style.foreground : bar.foreground,
                          background: bar.background, attributes: style.attributes.union(bar.attributes))
        }
    }
}
