import DuidingEvents
import DuidingResources
import Testing

/// The shipped CAMEO codebook: every code with its labels, Goldstein value and PLOVER mapping.
@Suite struct EventCodebookTests {
    static let codebook: EventCodebook? = try? EventCodebook()

    @Test func everyRootAndItsCodes() throws {
        let codebook = try #require(Self.codebook)
        #expect(codebook.codes.count > 300)
        for root in 1...20 {
            #expect(codebook[root < 10 ? "0\(root)" : "\(root)"] != nil, "root \(root)")
        }
        #expect(codebook.codes.values.allSatisfy { $0.goldstein >= -10 && $0.goldstein <= 10 })
        #expect(codebook.codes.values.allSatisfy { codebook[$0.root] != nil })
    }

    @Test func knownCodes() throws {
        let codebook = try #require(Self.codebook)
        let visit = try #require(codebook["042"])
        #expect(visit.english == "Make a visit")
        #expect(visit.plover == "CONSULT")
        #expect(visit.ploverMode == "visit")
        #expect(visit.root == "04")
        #expect(codebook["057"]?.plover == "SUPPORT")
        #expect((codebook["111"]?.goldstein ?? 0) < 0)
        #expect((codebook["051"]?.goldstein ?? 0) > 0)
        // PLOVER drops CAMEO's statements and appeals.
        #expect(codebook["010"]?.plover == nil)
        #expect(codebook["042"]?.label(in: "fr") == "Make a visit")
        #expect(codebook["042"]?.label(in: "nl") == "Een bezoek afleggen")
        #expect(codebook.codes.values.allSatisfy { $0.dutch != nil })
    }

    @Test func actorCodes() throws {
        let codebook = try #require(Self.codebook)
        #expect(codebook.actor(country: "RU", sector: "GOV") == "RUSGOV")
        #expect(codebook.actor(country: "cn") == "CHN")
        #expect(codebook.actor(country: "XX") == nil)
        // International organisations act as themselves, with the Phoenix dictionary's codes.
        #expect(codebook.organisations["NATO"] == "IGOWSTNAT")
        #expect(codebook.organisations["United Nations"] == "IGOUNO")
        // Regions and blocs act as a whole, with CAMEO's region codes.
        #expect(codebook.regions["Europe"] == "EUR")
        #expect(codebook.regions["Western world"] == "WST")
        // GDELT's country field holds the region (`EURGOV`: EUR, GOV).
        #expect(codebook.country(ofActor: "EURGOV") == "EUR")
        // Other organisations act as their country with the sector of their kind.
        #expect(codebook.sectors["parliament"] == "LEG" && codebook.sectors["court"] == "JUD")
        #expect(codebook.country(ofActor: "IGOWSTNAT") == nil)
    }
}
