import Foundation

/// Who must hold a valid certificate of no criminal record to mentor whom (Labour Code art. 351.1): an adult mentoring
/// a minor, unless the mentor is a teacher or the head of the minor's own organization — the school checked them
/// when it employed them. A student of 18 mentoring a seventh-grader, an enterprise's engineer, a university
/// student and a teacher of another school all need one.
public enum CertificateRule {
    public static func required(
        mentor: Person.Details, mentorOrganization: Organization.ID,
        mentee: Person.Details, menteeOrganization: Organization.ID, on date: CalendarDate
    ) -> Bool {
        required(
            mentorIsAdult: !mentor.isMinor(on: date),
            mentorIsStaffOfMenteeOrganization: mentor.isStaff && mentorOrganization == menteeOrganization,
            menteeIsMinor: mentee.isMinor(on: date))
    }

    public static func required(
        mentorIsAdult: Bool, mentorIsStaffOfMenteeOrganization: Bool, menteeIsMinor: Bool
    ) -> Bool {
        menteeIsMinor && mentorIsAdult && !mentorIsStaffOfMenteeOrganization
    }

    /// Whether the mentor could ever need one in the organization: an adult who is not its teacher or head.
    public static func concerns(_ mentor: Person.Details, on date: CalendarDate) -> Bool {
        !mentor.isMinor(on: date) && !mentor.isStaff
    }
}

extension Person.Details {
    /// A teacher or the head: employed by the organization as its staff.
    public var isStaff: Bool { categories.contains(.teacher) || categories.contains(.head) }
}
