/// Who registers places: the administrator anywhere (regions only they); a coordinator inside their territory — a
/// region's coordinator its municipalities, authorities and organizations, a municipality's its authority and
/// organizations.
public enum TerritoryPolicy {
    /// Whether someone may create or edit what lies at `place`: a municipality of a region (`.region`), an
    /// authority or an organization of a municipality (`.municipality`), an organization itself (`.organization`).
    public static func mayManage(_ grants: [Grant], at place: GrantScope, in territory: TerritoryMap) -> Bool {
        grants.contains { grant in
            grant.role == .administrator
                || (grant.role == .authorityCoordinator && territory.contains(place, within: grant.scope))
        }
    }
}
