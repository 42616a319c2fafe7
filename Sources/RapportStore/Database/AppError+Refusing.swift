import RapportModel

extension AppError {
    /// The model's refusal as the store reports it ("cannot save the punch item: …"), so every
    /// entrance says it the same way and an import can name the row.
    static func refused(_ error: PunchDraftError) -> AppError {
        .invalidPunchItem(reason: error.description)
    }
}

extension PunchDraft {
    /// `cleaned()`, refusing with the store's `AppError`.
    func storable() throws(AppError) -> PunchDraft {
        do { return try cleaned() } catch { throw .refused(error) }
    }
}

extension PunchChange {
    /// `cleaned()`, refusing with the store's `AppError`.
    func storable() throws(AppError) -> PunchChange {
        do { return try cleaned() } catch { throw .refused(error) }
    }
}
