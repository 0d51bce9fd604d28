import FluentKit

extension Fields {
    /// A model's FluentKit properties as the model lists them (`var properties { declared([$id, $name]) }`).
    ///
    /// FluentKit's own `properties` finds them by reflection each time: for every row it reads and twice for every
    /// query it builds, a fifth of a dashboard's or a matching run's time. A debug build checks the list against
    /// reflection on each use, so a field added to a model and not to its list stops the tests at once.
    package func declared(_ properties: [any AnyProperty]) -> [any AnyProperty] {
        #if DEBUG
            let reflected = Mirror(reflecting: self).children.compactMap { $0.value as? any AnyProperty }
            precondition(
                properties.map { ObjectIdentifier($0 as AnyObject) }
                    == reflected.map { ObjectIdentifier($0 as AnyObject) },
                "\(Self.self) lists properties other than the ones it declares, or in another order")
        #endif
        return properties
    }
}
