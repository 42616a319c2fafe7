/// Fuzzy matching as command palettes do it: the typed letters must appear in order; a match
/// scores more when letters start words (after `-`, `_`, a space or at the start) and run
/// together, and less the later it begins. Case is ignored.
struct FuzzyMatch: Equatable {
    var score: Int
    /// Indexes (in characters) of the candidate's letters that matched, for highlighting.
    var positions: [Int]

    /// The best match of `query` in `candidate`, or nil when its letters are not all there in order.
    init?(_ query: String, in candidate: String) {
        let q = Array(query.lowercased()), c = Array(candidate.lowercased())
        guard !q.isEmpty else {
            self.init(score: 0, positions: [])
            return
        }
        guard q.count <= c.count else { return nil }
        // best[i][j]: the best score matching q[0...i] with q[i] at c[j]; a small table, as
        // command names are short. Int.min marks no match.
        let none = Int.min
        var best = Array(repeating: Array(repeating: none, count: c.count), count: q.count)
        var from = Array(repeating: Array(repeating: -1, count: c.count), count: q.count)
        func wordStart(_ j: Int) -> Bool { j == 0 || " -_/".contains(c[j - 1]) }
        for i in q.indices {
            for j in c.indices where c[j] == q[i] {
                let bonus = (wordStart(j) ? 8 : 0) + 1
                if i == 0 {
                    best[i][j] = bonus - min(j, 10)
                    continue
                }
                for k in 0..<j where best[i - 1][k] != none {
                    let run = k == j - 1 ? 6 : -min(j - k - 1, 5)
                    let score = best[i - 1][k] + bonus + run
                    if score > best[i][j] {
                        best[i][j] = score
                        from[i][j] = k
                    }
                }
            }
        }
        guard let end = c.indices.filter({ best[q.count - 1][$0] != none }).max(by: { best[q.count - 1][$0] < best[q.count - 1][$1] })
        else { return nil }
        var positions = [end]
        var j = end
        for i in stride(from: q.count - 1, to: 0, by: -1) {
            j = from[i][j]
            positions.insert(j, at: 0)
        }
        // A whole-word prefix beats letters picked across the name.
        let prefix = c.starts(with: q) ? 20 : 0
        self.init(score: best[q.count - 1][end] + prefix, positions: positions)
    }

    init(score: Int, positions: [Int]) {
        self.score = score
        self.positions = positions
    }
}
