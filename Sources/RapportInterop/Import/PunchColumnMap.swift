/// Which columns of a file fill which field, decided once from the header and `--map`.
///
/// A field named by several columns takes them all when it merges (detail, impacts), else the
/// surest: a `--map` beats a name, a name beats a weak name (`Trade` beats `Type`). Two columns
/// equally sure of one field that does not merge are refused with both names.
struct PunchColumnMap: Sendable {
    let columns: [PunchImportColumn]
    /// Positions of the columns that fill each field, in file order.
    let positions: [PunchColumn: [Int]]

    init(header: [String], mapping: [(column: String, field: PunchColumn?)], file: String) throws(PunchImportError) {
        let names = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        // A column's claim: the field and how sure (0: --map, 1: a name, 2: a weak name); nil for none.
        var claims: [(field: PunchColumn, rank: Int)?] = names.map { name in
            guard !name.isEmpty, let match = PunchColumn.match(name) else { return nil }
            return (match.column, match.weak ? 2 : 1)
        }
        var ignored = Set<Int>()
        for (column, field) in mapping {
            let key = PunchColumn.key(column)
            guard let position = names.firstIndex(where: { PunchColumn.key($0) == key }) else {
                throw .badMapping(file: file, reason: "--map names '\(column)', but the header has: "
                                  + names.filter { !$0.isEmpty }.joined(separator: ", "))
            }
            if let field { claims[position] = (field, 0) } else { claims[position] = nil; ignored.insert(position) }
        }
        var uses: [PunchImportColumn.Use] = claims.indices.map { ignored.contains($0) ? .ignored : .unused }
        var positions: [PunchColumn: [Int]] = [:]
        for field in PunchColumn.allCases {
            let claimed = claims.indices.filter { claims[$0]?.field == field }
            guard let best = claimed.map({ claims[$0]!.rank }).min() else { continue }
            let chosen = claimed.filter { claims[$0]!.rank == best }
            if chosen.count > 1 && !field.merges {
                throw .duplicateColumn(file: file, field: field.header, first: names[chosen[0]], second: names[chosen[1]])
            }
            positions[field] = chosen
            for (index, position) in chosen.enumerated() {
                uses[position] = best == 0 ? .mapped(field)
                    : index == 0 ? .guessed(field) : .merged(field, after: names[chosen[index - 1]])
            }
            for position in claimed where !chosen.contains(position) {
                uses[position] = .yielded(field, to: names[chosen[0]])
            }
        }
        guard positions[.title] != nil else { throw .noTitleColumn(file: file, headers: header) }
        columns = names.indices.compactMap { names[$0].isEmpty ? nil : PunchImportColumn(position: $0, header: names[$0], use: uses[$0]) }
        self.positions = positions
    }

    /// The header of the first column that fills `field`, for messages.
    func name(of field: PunchColumn) -> String {
        guard let position = positions[field]?.first else { return field.header }
        return columns.first { $0.position == position }?.header ?? field.header
    }

    /// True when the field's (first) column has a weak name, whose unknown values are not refused.
    func isWeak(_ field: PunchColumn) -> Bool {
        guard let position = positions[field]?.first,
              let column = columns.first(where: { $0.position == position }),
              case .guessed = column.use
        else { return false }
        return PunchColumn.match(column.header)?.weak == true
    }
}
