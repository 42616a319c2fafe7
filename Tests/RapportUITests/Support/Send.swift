import Testing
@testable import RapportUI

/// Sends `action` and checks the whole new state, as TCA's `store.send(…) { $0… }` does: the
/// closure makes every change the test expects to the state before, and anything else that
/// changed fails the test, named by field. Returns the effects for the test to compare.
@discardableResult
func send(_ action: Action, _ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation,
          expecting change: (inout AppState) -> Void = { _ in }) -> [Effect] {
    var expected = state
    change(&expected)
    let effects = reduce(&state, action)
    if state != expected {
        Issue.record("state after \(action) differs in: \(differences(expected, state).joined(separator: ", "))",
                     sourceLocation: sourceLocation)
    }
    return effects
}

/// The top-level fields (one level into the views' states) where `a` and `b` differ.
private func differences(_ a: AppState, _ b: AppState) -> [String] {
    let left = Mirror(reflecting: a).children, right = Array(Mirror(reflecting: b).children)
    var names: [String] = []
    for (i, child) in left.enumerated() {
        let other = right[i].value
        let x = String(describing: child.value), y = String(describing: other)
        if x != y { names.append("\(child.label ?? "?"): expected \(x.prefix(160)), got \(y.prefix(160))") }
    }
    return names.isEmpty ? ["(a field that prints alike)"] : names
}
