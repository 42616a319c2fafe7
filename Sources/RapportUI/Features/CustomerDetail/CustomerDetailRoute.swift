import Foundation
import RapportModel

extension ViewID {
    public static let customer = ViewID(rawValue: "customer")
}

/// A customer whole: its fields, money over its projects, the projects, the people (who left
/// and who took over), and why its temperature is what it is. Projects and contacts are
/// selectable lines: `Enter` opens a project, `e` edits the selected contact or the project's record.
struct CustomerDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .customer, title: "Customer", commands: [
        .openCustomerLine, .editCustomer, .addContact, .editCustomerLine, .contactLeft, .newProjectForCustomer,
        .archiveCustomer,
    ] + CustomerDetailRoute.captureCommands)

    let customerId: Int64
    /// Nil until loaded (or where no records are kept: then the temperature alone shows).
    var detail: CustomerDetail?
    var selected: Int?
    /// Its notes, intel and opportunities (`CustomerCapture`); nil until loaded.
    var capture: CustomerCapture?
    /// The records behind the temperature (`CustomerEvidenceLines`); nil until loaded.
    var evidence: CustomerEvidence?
    /// The contact to select once the detail arrives (a contact opened from the search).
    var focusContactId: Int64?

    var id: ViewID { .customer }

    enum Line: Equatable { case project(Int), contact(Int), intel(Int), opportunity(Int) }

    var lines: [Line] {
        guard let detail else { return [] }
        return detail.projects.indices.map(Line.project) + detail.contacts.indices.map(Line.contact) + captureLines
    }

    var selectedLine: Line? { selected.flatMap { lines.indices.contains($0) ? lines[$0] : nil } }

    var selectedContact: ContactRow? {
        guard case .contact(let i) = selectedLine else { return nil }
        return detail?.contacts[i]
    }

    var selectedProject: CustomerProjectRow? {
        guard case .project(let i) = selectedLine else { return nil }
        return detail?.projects[i]
    }

    /// Lines scrolled on past the last selectable one, so the sections below it can be read.
    var overscroll = 0
    /// More than the sections below the lines take, so k comes back soon after too many j.
    static let overscrollLimit = 80

    mutating func move(_ motion: ListMotion) {
        let onLast = selected == nil || selected == lines.count - 1
        switch motion {
        case .rows(let n) where onLast && (n > 0 || overscroll > 0):
            overscroll = min(Self.overscrollLimit, max(0, overscroll + n))
        case .pages(let n) where onLast && (n > 0 || overscroll > 0):
            overscroll = n > 0 ? min(Self.overscrollLimit, overscroll + 20 * n) : 0
        default:
            overscroll = 0
            selected = motion.moved(selected, count: lines.count) ?? selected
        }
    }

    func reload(_ state: AppState) -> [Effect] {
        [.loadCustomer(customerId: customerId, today: state.today), .loadCapture(customerId: customerId, today: state.today),
         Self.evidenceEffect(customerId, state)]
    }

    func reload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        let stale: Set<DataArea> = [.customer(customerId: customerId), .customers, .projects, .temperatures]
        return areas.isDisjoint(with: stale) ? [] : reload(state)
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let keys = RouteTitle.note(.editCustomerLine, "edit", state) + RouteTitle.note(.addContact, "contact", state)
            + RouteTitle.note(.newProjectForCustomer, "project", state) + RouteTitle.note(.logCustomerNote, "log call", state)
            + " · ? all keys" + RouteTitle.backNote(state)
        CustomerView(state: state, route: self, keys: keys).render(into: &canvas, area: area, theme: theme)
    }

    /// Opens the customer's view and loads its records.
    static func open(_ state: inout AppState, customerId: Int64) -> [Effect] {
        Dispatcher.push(&state, CustomerDetailRoute(customerId: customerId))
        return [.loadCustomer(customerId: customerId, today: state.today), .loadCapture(customerId: customerId, today: state.today),
                evidenceEffect(customerId, state)]
    }

    static func evidenceEffect(_ customerId: Int64, _ state: AppState) -> Effect {
        .loadCustomerEvidence(customerId: customerId, now: state.now, timeZone: state.timeZone)
    }

    static func evidenceLoaded(_ state: inout AppState, _ evidence: CustomerEvidence) {
        state.updateRoutes(CustomerDetailRoute.self) { route in
            if route.customerId == evidence.customerId { route.evidence = evidence }
        }
    }

    static func loaded(_ state: inout AppState, _ detail: CustomerDetail) {
        state.updateRoutes(CustomerDetailRoute.self) { route in
            guard route.customerId == detail.customer.id else { return }
            route.detail = detail
            let count = route.lines.count
            route.selected = count == 0 ? nil : min(route.selected ?? 0, count - 1)
            if let contactId = route.focusContactId, let i = detail.contacts.firstIndex(where: { $0.id == contactId }) {
                route.selected = detail.projects.count + i
                route.focusContactId = nil
            }
        }
    }
}

extension Command {
    static let openCustomerLine = Command("open-customer-line", "Open the selected project's view", group: .views,
                                          keys: [.enter], scope: .view(.customer)) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self) else { return [] }
        if let effects = CustomerDetailRoute.openCaptureLine(&state) { return effects }
        if let project = route.selectedProject { return ProjectDetailRoute.open(&state, projectId: project.id) }
        if route.selectedContact != nil { return Command.editCustomerLine.run(&state) }
        return Dispatcher.refuse(&state, "Nothing selected")
    }
    static let editCustomer = Command("edit-customer", "Edit the customer: name, e-mail domains, regions, trajectory",
                                      group: .views, keys: [.char("E")], scope: .view(.customer)) { state, _ in
        guard let customer = state.route(CustomerDetailRoute.self)?.detail?.customer else {
            return Dispatcher.refuse(&state, "The customer is not loaded")
        }
        state.modal = .form(CustomerForm.make(customer))
        return []
    }
    static let addContact = Command("add-contact", "Add a contact: name, title, e-mail, department, role, influence",
                                    group: .views, keys: [.char("c")], scope: .view(.customer)) { state, _ in
        guard let customer = state.route(CustomerDetailRoute.self)?.detail?.customer, let id = customer.id else {
            return Dispatcher.refuse(&state, "The customer is not loaded")
        }
        state.modal = .form(ContactForm.make(customerId: id, customerName: customer.name))
        return []
    }
    static let editCustomerLine = Command("edit-contact", "Edit the selected contact", group: .views,
                                          keys: [.char("e")], scope: .view(.customer)) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self), let detail = route.detail else { return [] }
        guard let row = route.selectedContact else {
            if let effects = CustomerDetailRoute.openCaptureLine(&state) { return effects }
            if let project = route.selectedProject { return ProjectDetailRoute.open(&state, projectId: project.id) }
            return Dispatcher.refuse(&state, "Select a contact to edit")
        }
        state.modal = .form(ContactForm.make(customerId: route.customerId, customerName: detail.customer.name, row.contact))
        return []
    }
    static let contactLeft = Command("contact-left", "The selected contact left: when, and who took over (history kept)",
                                     group: .views, keys: [.char("L")], scope: .view(.customer), aliases: ["left"]) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self), let row = route.selectedContact, let detail = route.detail else {
            return Dispatcher.refuse(&state, "Select the contact who left")
        }
        state.modal = .form(ContactLeftForm.make(row.contact, among: detail.contacts, today: state.today))
        return []
    }
    static let newProjectForCustomer = Command("new-project-for-customer", "New project for this customer, from the sale",
                                               group: .views, keys: [.char("n")], scope: .view(.customer)) { state, _ in
        guard let id = state.route(CustomerDetailRoute.self)?.customerId else { return [] }
        return [.loadFormData(.newProject(customerId: id))]
    }
    static let archiveCustomer = Command("archive", "Archive the selected contact, or on a project line the customer (refused while it has open projects); again brings it back",
                                         group: .views, keys: [.char("X")], scope: .view(.customer)) { state, _ in
        guard let route = state.route(CustomerDetailRoute.self), let customer = route.detail?.customer, let id = customer.id else {
            return []
        }
        if let contact = route.selectedContact?.contact, let contactId = contact.id {
            return [.write(.record(.archiveContact(id: contactId, archived: contact.archivedOn == nil, on: state.today)), by: state.user)]
        }
        return [.write(.record(.archiveCustomer(id: id, archived: customer.archivedOn == nil, on: state.today)), by: state.user)]
    }
}
