/// Checks a setup before a run: what stops it (problems) and what it works around (warnings), and the
/// cleaned rankings and forbidden pairs it runs on.
struct MatchCheck {
    var problems: [String] = []
    var warnings: [String] = []
    var setup: MatchSetup

    init(_ original: MatchSetup) {
        setup = original
        let menteeIDs = Set(setup.mentees.map(\.id))
        let mentorIDs = Set(setup.mentors.map(\.id))
        if menteeIDs.count != setup.mentees.count { problems.append("В базе наставляемых повторяются участники.") }
        if mentorIDs.count != setup.mentors.count { problems.append("В базе наставников повторяются участники.") }
        if !setup.mentees.contains(where: \.hasConsent) {
            problems.append("Нет наставляемых с действующим согласием: подбирать некого.")
        }
        if !setup.mentors.contains(where: { $0.hasConsent && $0.freePlaces > 0 }) {
            problems.append("Нет наставников с действующим согласием и свободными местами.")
        }
        for mentor in setup.mentors where mentor.hasConsent && mentor.freePlaces == 0 {
            warnings.append(
                "Наставник \(mentor.id): нет свободных мест (ёмкость \(mentor.capacity)) — в подборе не участвует.")
        }
        for index in setup.mentees.indices {
            setup.mentees[index].ranking = cleaned(
                setup.mentees[index].ranking, known: mentorIDs, owner: setup.mentees[index].id)
        }
        for index in setup.mentors.indices {
            setup.mentors[index].ranking = cleaned(
                setup.mentors[index].ranking, known: menteeIDs, owner: setup.mentors[index].id)
        }
        setup.forbidden = setup.forbidden.filter { pair in
            let known = menteeIDs.contains(pair.mentee) && mentorIDs.contains(pair.mentor)
            if !known {
                warnings.append("Запрет пары \(pair.mentee) – \(pair.mentor) не применён: участника нет в базах.")
            }
            return known
        }
        checkLocks(menteeIDs: menteeIDs, mentorIDs: mentorIDs)
    }

    private mutating func cleaned(_ ranking: [String], known: Set<String>, owner: String) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for id in ranking {
            if !known.contains(id) {
                warnings.append(
                    "Рейтинг участника \(owner) называет неизвестного участника \(id) — эта позиция пропущена.")
            } else if !seen.insert(id).inserted {
                warnings.append("Рейтинг участника \(owner) называет \(id) дважды — учтено первое место.")
            } else {
                result.append(id)
            }
        }
        return result
    }

    private mutating func checkLocks(menteeIDs: Set<String>, mentorIDs: Set<String>) {
        let mentees = Dictionary(setup.mentees.map { ($0.id, $0) }) { a, _ in a }
        let mentors = Dictionary(setup.mentors.map { ($0.id, $0) }) { a, _ in a }
        let forbidden = Set(setup.forbidden)
        var lockedMentees: [String: Int] = [:]
        var lockedPlaces: [String: Int] = [:]
        for lock in setup.locked {
            guard let mentee = mentees[lock.mentee], let mentor = mentors[lock.mentor] else {
                problems.append("Закреплённая пара \(lock.mentee) – \(lock.mentor): участника нет в базах.")
                continue
            }
            lockedMentees[lock.mentee, default: 0] += 1
            lockedPlaces[lock.mentor, default: 0] += 1
            if forbidden.contains(lock) {
                problems.append("Пара \(lock.mentee) – \(lock.mentor) одновременно закреплена и запрещена.")
            }
            for block in PairRules.blocks(mentee, mentor, rules: setup.rules, countingPlaces: false) {
                problems.append("Закреплённая пара \(lock.mentee) – \(lock.mentor) нарушает правило: \(block.message)")
            }
        }
        for (mentee, count) in lockedMentees.sorted(by: { $0.key < $1.key }) where count > 1 {
            problems.append("Наставляемый \(mentee) закреплён за \(count) наставниками.")
        }
        for (mentor, count) in lockedPlaces.sorted(by: { $0.key < $1.key }) {
            if let places = mentors[mentor]?.freePlaces, count > places {
                problems.append("За наставником \(mentor) закреплено \(count) пар при \(places) свободных местах.")
            }
        }
    }
}
