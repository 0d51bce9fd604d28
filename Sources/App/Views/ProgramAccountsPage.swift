import FluentKit
import Foundation
import MentoringCore

/// «Учётные записи участников»: who of the program's mentors, mentees or representatives gets an invitation, a
/// printed code, or nothing and why — before anything is sent.
struct ProgramAccountsPage: Encodable {
    struct Row: Encodable {
        var name: String
        var detail: String?
        var email: String?
        var standing: String
        var excluded: Bool
    }

    var meta: PageMeta
    var notice: String?
    var audiences: [FormField.Option]
    var audience: String
    var rows: [Row]
    var byMail: Int
    var byCode: Int
    var excluded: Int
    var mailConfigured: Bool
    var inviteURL: String
    var codesURL: String

    init(
        meta: PageMeta, programID: UUID, audience: ProgramAccounts.Audience, candidates: [ProgramAccounts.Candidate],
        mailConfigured: Bool, notice: String?
    ) {
        self.meta = meta
        self.notice = notice
        audiences = ProgramAccounts.Audience.allCases.map {
            FormField.Option(value: $0.rawValue, title: $0.title, selected: $0 == audience)
        }
        self.audience = audience.rawValue
        rows = candidates.map { candidate in
            var excluded = false
            if case .noConsent = candidate.standing { excluded = true }
            return Row(
                name: candidate.name, detail: candidate.detail, email: candidate.email,
                standing: candidate.standing.title, excluded: excluded)
        }
        byMail = candidates.filter { $0.standing == .byMail }.count
        byCode = candidates.filter { $0.standing == .byCode }.count
        excluded = rows.filter(\.excluded).count
        self.mailConfigured = mailConfigured
        inviteURL = SiteURL.programAccountsInvite(.id(programID)).path
        codesURL = SiteURL.programAccountsCodes(.id(programID)).path
    }
}

/// The printed sheet of sign-in codes: a card per person with the code, its QR and where to type it.
struct SignInCodeSheet: Encodable {
    struct Card: Encodable {
        var name: String
        var detail: String?
        var code: String
        var svg: String
        var link: String
    }

    var title: String
    var organization: String
    var backURL: String
    var enterURL: String
    var expires: String
    var cards: [Card]
}
