import MentoringCore

/// Why a pair is impossible (a hard rule).
public enum PairBlock: String, Codable, Sendable, CaseIterable {
    case formNotOffered = "form_not_offered"
    case mentorNotSenior = "mentor_not_senior"
    case experienceGap = "experience_gap"
    case otherOrganization = "other_organization"
    case noConsent = "no_consent"
    case noCapacity = "no_capacity"
    case forbidden
    case notGroupMentor = "not_group_mentor"
    case outsideGroupTheme = "outside_group_theme"
    case noRecordCertificate = "no_record_certificate"

    public var message: String {
        switch self {
        case .formNotOffered: "Наставник не работает в форме наставляемого."
        case .mentorNotSenior:
            "В форме «ученик – ученик» наставник должен быть старше или учиться в более старшем классе."
        case .experienceGap: "Разница в педагогическом стаже меньше минимальной для формы."
        case .otherOrganization:
            "Наставник из другой организации не согласился, чтобы его предлагали другим программам."
        case .noConsent: "Нет действующего согласия на обработку персональных данных."
        case .noCapacity: "У наставника нет свободных мест."
        case .forbidden: "Пара запрещена куратором."
        case .notGroupMentor: "Наставник не ведёт групповое наставничество."
        case .outsideGroupTheme: "Ни один запрос наставляемого не совпадает с темой группы."
        case .noRecordCertificate:
            "Наставляемый несовершеннолетний, а у взрослого наставника, который не работает педагогом в его "
                + "организации, нет действующей справки об отсутствии судимости (ст. 351.1 ТК РФ)."
        }
    }
}

enum PairRules {
    /// The hard rules a pair breaks, in the order above; empty when the pair is allowed. `countingPlaces: false`
    /// leaves out the mentor's free places, which the run counts itself (after locks, and across pairs).
    static func blocks(
        _ mentee: MatchMentee, _ mentor: MatchMentor, rules: MatchRules, countingPlaces: Bool = true
    ) -> [PairBlock] {
        var blocks: [PairBlock] = []
        if !mentor.forms.contains(mentee.form) { blocks.append(.formNotOffered) }
        if mentee.form == .studentStudent && !isSenior(mentor, to: mentee) { blocks.append(.mentorNotSenior) }
        if let gap = rules.minExperienceGap(for: mentee.form), let mine = mentee.experienceYears,
            let theirs = mentor.experienceYears, theirs - mine < gap
        {
            blocks.append(.experienceGap)
        }
        if mentor.organization != mentee.organization && !mentor.offeredToOthers { blocks.append(.otherOrganization) }
        if !mentee.hasConsent || !mentor.hasConsent { blocks.append(.noConsent) }
        if countingPlaces && mentor.freePlaces == 0 { blocks.append(.noCapacity) }
        if needsCertificate(mentor, for: mentee) && mentor.hasRecordCertificate == false {
            blocks.append(.noRecordCertificate)
        }
        return blocks
    }

    /// Labour Code art. 351.1 (`CertificateRule`): unknown ages count as adult, as `Person.Details.isMinor` does.
    static func needsCertificate(_ mentor: MatchMentor, for mentee: MatchMentee) -> Bool {
        CertificateRule.required(
            mentorIsAdult: mentor.age.map { $0 >= 18 } ?? true,
            mentorIsStaffOfMenteeOrganization: mentor.isStaff != false && mentor.organization == mentee.organization,
            menteeIsMinor: mentee.age.map { $0 < 18 } ?? false)
    }

    /// A higher grade when both grades are known and differ, otherwise older (unknown ages do not block).
    static func isSenior(_ mentor: MatchMentor, to mentee: MatchMentee) -> Bool {
        if let mentorGrade = mentor.grade, let menteeGrade = mentee.grade, mentorGrade != menteeGrade {
            return mentorGrade > menteeGrade
        }
        guard let mentorAge = mentor.age, let menteeAge = mentee.age else { return true }
        return mentorAge > menteeAge
    }
}
