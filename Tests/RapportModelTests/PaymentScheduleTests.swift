import Testing
import RapportModel

/// Payment schedules laid from templates in whole cents, and the check that they add up.
struct PaymentScheduleTests {
    let signed = LocalDate(year: 2026, month: 3, day: 2)
    let target = LocalDate(year: 2026, month: 6, day: 30)

    @Test func fiftyFortyTenAddsUpToTheContractWithTheOddCentOnTheDeposit() {
        // Given a contract of $10,000.01, when laid 50/40/10
        let schedule = PaymentSchedule.laid(.fiftyFortyTen, contractCents: 1_000_001, signedOn: signed, targetOn: target)
        // Then each line is its share rounded down, the cent left over on the deposit, dated from the contract
        #expect(schedule.lines == [
            ScheduleLine(name: "Deposit", kind: .deposit, amountCents: 500_001, dueOn: LocalDate(year: 2026, month: 3, day: 16)),
            ScheduleLine(name: "Progress", kind: .progress, amountCents: 400_000, dueOn: LocalDate(year: 2026, month: 5, day: 1)),
            ScheduleLine(name: "Final", kind: .final, amountCents: 100_000, dueOn: target, requiresAcceptance: true),
        ])
        #expect(schedule.totalCents == 1_000_001)
        #expect(schedule.differenceCents(contractCents: 1_000_001) == 0)
    }

    @Test(arguments: [
        ("30/40/20/10", 33_333, [10_001, 13_333, 6_666, 3_333]),
        ("47.5/47.5/5", 10_001, [4_751, 4_750, 500]),
        ("25/25/25/25", 3, [3, 0, 0, 0]),
        ("50/40/10", 0, [0, 0, 0]),
    ] as [(String, Int64, [Int64])])
    func everyTemplateAddsUpExactly(_ text: String, _ contract: Int64, _ amounts: [Int64]) throws {
        let schedule = PaymentSchedule.laid(try PaymentTemplate(parsing: text), contractCents: contract)
        #expect(schedule.lines.map(\.amountCents) == amounts)
        #expect(schedule.totalCents == contract)
    }

    @Test func fourSharesEndInRetainageThatWaitsForAcceptance() throws {
        let schedule = PaymentSchedule.laid(try PaymentTemplate(parsing: "30 / 40 / 20 / 10%"), contractCents: 100_000,
                                            signedOn: signed, targetOn: target)
        #expect(schedule.lines.map(\.name) == ["Deposit", "Progress", "Final", "Retainage"])
        #expect(schedule.lines.map(\.kind) == [.deposit, .progress, .final, .retainage])
        #expect(schedule.lines.map(\.requiresAcceptance) == [false, false, true, true])
        #expect(schedule.lines.last?.dueOn == LocalDate(year: 2026, month: 8, day: 29))
    }

    @Test func aTemplateReadsBackAsTyped() throws {
        #expect(try PaymentTemplate(parsing: "47.5/47.5/5").text == "47.5/47.5/5")
        #expect(try PaymentTemplate(parsing: "33.33/33.33/33.34").text == "33.33/33.33/33.34")
        #expect(PaymentTemplate.fiftyFortyTen.text == "50/40/10")
    }

    @Test(arguments: [
        ("50/40", "schedule '50/40': give 3 shares (deposit/progress/final) or 4 (…/retainage), e.g. 50/40/10"),
        ("50/40/20", "schedule '50/40/20': the shares add up to 110 %, not 100 %"),
        ("50/4x/10", "schedule '50/4x/10': '4x' is not a percentage (at most two decimals)"),
        ("50/39.999/10.001", "schedule '50/39.999/10.001': '39.999' is not a percentage (at most two decimals)"),
    ])
    func templatesThatDoNotSplitAHundredAreRefused(_ text: String, _ message: String) {
        let error = #expect(throws: AppError.self) { try PaymentTemplate(parsing: text) }
        #expect(error?.description == message)
    }

    @Test func aScheduleThatDoesNotAddUpSaysByHowMuch() {
        let schedule = PaymentSchedule(lines: [
            ScheduleLine(name: "Deposit", kind: .deposit, amountCents: 600_000),
            ScheduleLine(name: "Final", kind: .final, amountCents: 400_000),
        ])
        #expect(schedule.differenceCents(contractCents: 1_000_050) == -50)
        let under = #expect(throws: AppError.self) { try schedule.check(contractCents: 1_000_050) }
        #expect(under?.description == "the payment schedule adds up to $10,000.00, $0.50 less than the contract value "
                + "$10,000.50; nothing was saved")
        let over = #expect(throws: AppError.self) { try schedule.check(contractCents: 900_000) }
        #expect(over?.description == "the payment schedule adds up to $10,000.00, $1,000.00 more than the contract value "
                + "$9,000.00; nothing was saved")
        #expect(throws: Never.self) { try schedule.check(contractCents: 1_000_000) }
    }

    @Test func aNegativeOrUnnamedLineIsRefused() {
        let negative = PaymentSchedule(lines: [ScheduleLine(name: "Credit", kind: .progress, amountCents: -5)])
        #expect(throws: AppError.invalidRecord(record: "milestone", field: "amount",
                                               reason: "Credit is -$0.05; amounts cannot be negative")) {
            try negative.check(contractCents: -5)
        }
        let unnamed = PaymentSchedule(lines: [ScheduleLine(name: " ", kind: .deposit, amountCents: 5)])
        #expect(throws: AppError.invalidRecord(record: "milestone", field: "name", reason: "payment 1 has no name")) {
            try unnamed.check(contractCents: 5)
        }
    }
}
