/// Which tool a punch-list file looks like it came from, told by its header; the dry run says
/// so, to show the file was recognised. Reading never depends on it: columns are matched by name.
public enum PunchFileKind: String, Sendable, CaseIterable {
    case rapport = "Rapport export"
    case procoreTemplate = "Procore import template"
    case procoreExport = "Procore export"
    case autodeskBuild = "Autodesk Build (ACC Issues) export"
    case fieldwire = "Fieldwire task export"
    case spreadsheet = "spreadsheet"

    /// The kind the header's names show; `spreadsheet` when none fits.
    public init(header: [String]) {
        let keys = Set(header.map(PunchColumn.key))
        func has(_ names: String...) -> Bool { names.allSatisfy { keys.contains(PunchColumn.key($0)) } }
        if has("Blocks Acceptance", "Ball In Court", "Source") {
            self = .rapport
        } else if has("Punch Item #", "Item Name") || has("Deficiency Item #", "Item Name") {
            self = .procoreTemplate
        } else if has("Punch Item Manager") || has("Final Approver") {
            self = .procoreExport
        } else if has("Root Cause") || has("Assigned To Company") || has("Location Details") {
            self = .autodeskBuild
        } else if has("Plan", "Tags") || has("Plan", "Category", "Status") {
            self = .fieldwire
        } else {
            self = .spreadsheet
        }
    }
}
