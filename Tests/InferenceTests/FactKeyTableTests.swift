import Testing

@testable import Inference

@Suite("FactKeyTable")
struct FactKeyTableTests {
    @Test func internsEachPairOnce() {
        var table = FactKeyTable()
        let a = table.internKey(attribute: 0, value: .symbol("x"))
        let b = table.internKey(attribute: 1, value: .symbol("x"))
        let c = table.internKey(attribute: 0, value: .number(2))
        #expect([a, b, c] == [0, 1, 2])
        #expect(table.internKey(attribute: 1, value: .symbol("x")) == b)
        #expect(table.keyCount == 3)
        #expect(table.values == [.symbol("x"), .number(2)])
        #expect(table.value(ofKey: c) == .number(2))
        #expect(table.keyAttribute == [0, 1, 0])
    }

    @Test func findsOnlyInternedKeys() {
        var table = FactKeyTable()
        _ = table.internKey(attribute: 3, value: .boolean(true))
        #expect(table.key(attribute: 3, value: .boolean(true)) == 0)
        #expect(table.key(attribute: 2, value: .boolean(true)) == nil)
        #expect(table.key(attribute: 3, value: .boolean(false)) == nil)
    }
}

@Suite("FactKeyTable with many values per attribute")
struct FactKeyTableManyValuesTests {
    /// Past eight keys an attribute's keys move into the hash table; lookups stay exact.
    @Test func findsKeysOfAttributesWithManyValues() {
        var table = FactKeyTable()
        var keys: [KeyID] = []
        for value in 0..<50 {
            for attribute in 0..<3 {
                keys.append(table.internKey(attribute: AttributeID(index: attribute), value: .number(Double(value))))
            }
        }
        #expect(Set(keys).count == 150)
        var index = 0
        for value in 0..<50 {
            for attribute in 0..<3 {
                #expect(
                    table.key(attribute: AttributeID(index: attribute), value: .number(Double(value))) == keys[index])
                #expect(
                    table.internKey(attribute: AttributeID(index: attribute), value: .number(Double(value)))
                        == keys[index])
                index += 1
            }
        }
        #expect(table.key(attribute: 3, value: .number(1)) == nil)
        #expect(table.key(attribute: 0, value: .number(50)) == nil)
        #expect(table.keyCount == 150)
    }

    /// An attribute's first three keys sit in its entry, the next ones in a list, and past eight
    /// all of them in the hash table: every count across those limits finds each key, and no
    /// key of another attribute.
    @Test func findsEveryKeyWhateverTheNumberOfValues() {
        for valueCount in 1...12 {
            var table = FactKeyTable()
            var keys: [KeyID] = []
            for value in 0..<valueCount {
                // Two attributes interleaved, so that neither's keys are consecutive.
                for attribute in 0..<2 {
                    keys.append(table.internKey(attribute: AttributeID(index: attribute), value: .symbol("v\(value)")))
                }
            }
            #expect(Set(keys).count == 2 * valueCount)
            for value in 0..<valueCount {
                for attribute in 0..<2 {
                    let key = table.key(attribute: AttributeID(index: attribute), value: .symbol("v\(value)"))
                    #expect(key == keys[2 * value + attribute], "\(valueCount) values")
                    #expect(key.map { table.value(ofKey: $0) } == .symbol("v\(value)"))
                    #expect(
                        table.internKey(attribute: AttributeID(index: attribute), value: .symbol("v\(value)"))
                            == keys[2 * value + attribute])
                }
            }
            // A value interned for the other attribute only is found for that one alone.
            let other = table.internKey(attribute: AttributeID(index: 1), value: .symbol("other"))
            #expect(table.key(attribute: AttributeID(index: 1), value: .symbol("other")) == other)
            #expect(table.key(attribute: AttributeID(index: 0), value: .symbol("other")) == nil)
            #expect(table.key(attribute: AttributeID(index: 2), value: .symbol("v0")) == nil)
            #expect(table.keyCount == 2 * valueCount + 1)
        }
    }
}
