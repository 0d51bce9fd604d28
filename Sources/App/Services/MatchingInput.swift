import Foundation
import Matching
import MentoringCore

/// The curator's choices for a run, from the form or the API: mode, proposing side, criterion weights.
struct MatchingInput: Codable, Sendable {
    var mode: String?
    var proposing: String?
    var requests: String?
    var interests: String?
    var hours: String?
    var distance: String?
    var format: String?
    var preferences: String?
    var waitlist: String?

    /// The form's fields filled from earlier choices, decimals written the Russian way («0,4»), as typed back.
    init(mode: MatchMode = .optimal, proposing: StableMatching.Proposing = .mentees, weights: MatchWeights = .standard)
    {
        self.mode = mode.rawValue
        self.proposing = proposing.rawValue
        func russian(_ value: Double) -> String { value.plain.replacingOccurrences(of: ".", with: ",") }
        requests = russian(weights.requests)
        interests = russian(weights.interests)
        hours = russian(weights.hours)
        distance = russian(weights.distance)
        format = russian(weights.format)
        preferences = russian(weights.preferences)
        waitlist = russian(weights.waitlist)
    }

    func validated() throws(ValidationFailure) -> (
        mode: MatchMode, proposing: StableMatching.Proposing, weights: MatchWeights
    ) {
        var failure = ValidationFailure()
        let mode = MatchMode(rawValue: self.mode ?? MatchMode.optimal.rawValue)
        if mode == nil { failure.add("mode", "Выберите режим подбора.") }
        let proposing = StableMatching.Proposing(rawValue: self.proposing ?? StableMatching.Proposing.mentees.rawValue)
        if proposing == nil { failure.add("proposing", "Выберите, кто делает предложения.") }
        func number(_ field: String, _ text: String?, _ fallback: Double) -> Double {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return fallback }
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
                failure.add(field, "Введите число, например 0,25.")
                return fallback
            }
            return value
        }
        let standard = MatchWeights.standard
        let weights = MatchWeights(
            requests: number("requests", requests, standard.requests),
            interests: number("interests", interests, standard.interests),
            hours: number("hours", hours, standard.hours), distance: number("distance", distance, standard.distance),
            format: number("format", format, standard.format),
            preferences: number("preferences", preferences, standard.preferences),
            waitlist: number("waitlist", waitlist, standard.waitlist))
        for (field, message) in weights.problems { failure.add(field, message) }
        try failure.throwIfAny()
        return (mode!, proposing!, weights)
    }
}
