import SQLKit

extension SQLQueryString {
    /// `status IN (\(in: [MentorshipStatus.active, .completed]))`: the stored values of core enum cases, bound, so
    /// that SQL names the cases the compiler knows instead of repeating their strings.
    package mutating func appendInterpolation<Value: RawRepresentable>(in values: [Value])
    where Value.RawValue == String {
        appendInterpolation(binds: values.map(\.rawValue))
    }

    /// `status = \(is: MeetingStatus.held)`: one case's stored value, bound.
    package mutating func appendInterpolation<Value: RawRepresentable>(is value: Value) where Value.RawValue == String {
        appendInterpolation(bind: value.rawValue)
    }
}
