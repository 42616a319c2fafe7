import Foundation
import RapportModel

/// Everything that can happen to the app: input, and the results of effects coming back.
public enum Action: Equatable, Sendable {
    /// The app has started: load what the panes show.
    case start
    case key(Key)
    case paste(String)
    case command(Command)
    case resize(Size)
    case projectsLoaded(total: Int, offset: Int, rows: [ProjectRow])
    case punchLoaded(projectId: Int64, total: Int, offset: Int, rows: [PunchRow])
    case agendaLoaded([AgendaEntry])
    case temperaturesLoaded([CustomerTemperature])
    /// Another process changed the database; `now` is the time of the check.
    case databaseChanged(now: Date)
    case failed(String)
}

/// Work for the runtime: plain data, so tests compare what the reducer asked for.
public enum Effect: Equatable, Sendable {
    case loadProjects(offset: Int, limit: Int)
    case loadPunch(projectId: Int64, offset: Int, limit: Int)
    case loadAgenda(from: Date, to: Date)
    case loadTemperatures(now: Date)
}
