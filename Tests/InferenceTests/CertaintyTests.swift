import Testing

import Inference

@Suite("Certainty")
struct CertaintyTests {
    @Test("both positive: x + y(1 - x)")
    func combinesTwoPositives() {
        // 0.6 + 0.5 × (1 - 0.6) = 0.6 + 0.2 = 0.8
        let combined = Certainty(0.6).combined(with: Certainty(0.5))
        #expect(combined.value == 0.6 + 0.5 * (1 - 0.6))
        #expect(abs(combined.value - 0.8) < 1e-12)
        #expect(combined.description == "0.80")
    }

    @Test("both negative: x + y(1 + x)")
    func combinesTwoNegatives() {
        // -0.6 + -0.5 × (1 - 0.6) = -0.6 - 0.2 = -0.8
        let combined = Certainty(-0.6).combined(with: Certainty(-0.5))
        #expect(combined.value == -0.6 + -0.5 * (1 + -0.6))
        #expect(abs(combined.value - -0.8) < 1e-12)
        #expect(combined.description == "-0.80")
    }

    @Test("mixed signs: (x + y) / (1 - min(|x|, |y|))")
    func combinesMixedSigns() {
        // (0.6 - 0.4) / (1 - 0.4) = 0.2 / 0.6 = 1/3
        let combined = Certainty(0.6).combined(with: Certainty(-0.4))
        #expect(combined.value == (0.6 + -0.4) / (1 - 0.4))
        #expect(abs(combined.value - 1.0 / 3) < 1e-12)
        #expect(combined.description == "0.33")
        // (-0.9 + 0.3) / (1 - 0.3) = -0.6 / 0.7 = -6/7
        let negative = Certainty(-0.9).combined(with: Certainty(0.3))
        #expect(abs(negative.value - -6.0 / 7) < 1e-12)
        #expect(negative.description == "-0.86")
    }

    @Test func fullyContradictoryEvidenceCancelsToZero() {
        #expect(Certainty(1).combined(with: Certainty(-1)) == .unknown)
        #expect(Certainty(-1).combined(with: Certainty(1)) == .unknown)
    }

    @Test func zeroIsNeutral() {
        #expect(Certainty(0.7).combined(with: .unknown) == Certainty(0.7))
        #expect(Certainty.unknown.combined(with: Certainty(-0.7)) == Certainty(-0.7))
    }

    @Test(arguments: [(0.6, -0.4), (-0.9, 0.3), (0.25, 0.5), (-0.25, -0.5), (1, -1)])
    func isCommutative(x: Double, y: Double) {
        #expect(Certainty(x).combined(with: Certainty(y)) == Certainty(y).combined(with: Certainty(x)))
    }

    @Test func isNotAssociativeSoTheEngineFixesAnOrder() {
        // (-1 ⊕ -1) ⊕ 1 = -1 ⊕ 1 = 0, but -1 ⊕ (-1 ⊕ 1) = -1 ⊕ 0 = -1.
        let left = Certainty(-1).combined(with: Certainty(-1)).combined(with: Certainty(1))
        let right = Certainty(-1).combined(with: Certainty(-1).combined(with: Certainty(1)))
        #expect(left == .unknown)
        #expect(right == Certainty(-1))
        // Away from ±1 the orders agree mathematically but not in floating point.
        let a = Certainty(0.9).combined(with: Certainty(-0.8)).combined(with: Certainty(0.5))
        let b = Certainty(0.9).combined(with: Certainty(0.5)).combined(with: Certainty(-0.8))
        #expect(a.value == 0.75)
        #expect(b.value == 0.7499999999999997)
    }

    @Test func clampsIntoRangeAndTurnsNaNIntoZero() {
        #expect(Certainty(1.5).value == 1)
        #expect(Certainty(-2).value == -1)
        #expect(Certainty(.nan).value == 0)
        #expect(Certainty(.infinity).value == 1)
    }

    @Test func ordersByValue() {
        #expect(Certainty(-0.5) < Certainty(0.2))
        #expect([Certainty(0.4), Certainty(-1), Certainty(0.9)].max() == Certainty(0.9))
    }

    @Test(arguments: [(0.72, "0.72"), (-0.4, "-0.40"), (1, "1.00"), (0, "0.00"), (0.476, "0.48"), (-0.004, "0.00")])
    func describesWithTwoDecimals(value: Double, text: String) {
        #expect(Certainty(value).description == text)
    }
}
