package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The unit a price was published in. ReelRank keeps the source's unit and converts only for
 * comparison, to a cost per second of generated video.
 */
public sealed interface PriceUnit permits PriceUnit.PerClip, PriceUnit.PerSecond, PriceUnit.PerMinute,
        PriceUnit.PerCredit, PriceUnit.MonthlyPlan {

    /** Precision for the one division each conversion needs; far beyond what any price has. */
    MathContext PRECISION = MathContext.DECIMAL64;

    /** Converts an amount in this unit to the cost of one second of generated video. */
    BigDecimal perSecond(BigDecimal amount);

    /** True when the conversion assumes something the source did not say (a plan fully used). */
    default boolean assumesFullUse() {
        return false;
    }

    /** A price for one clip of a stated length. */
    record PerClip(int clipSeconds) implements PriceUnit {
        public PerClip {
            Checks.clipSeconds("clipSeconds", clipSeconds);
        }

        @Override
        public BigDecimal perSecond(BigDecimal amount) {
            return amount.divide(BigDecimal.valueOf(clipSeconds), PRECISION);
        }
    }

    /** A price per second of generated video. */
    record PerSecond() implements PriceUnit {
        @Override
        public BigDecimal perSecond(BigDecimal amount) {
            return amount;
        }
    }

    /** A price per minute of generated video. */
    record PerMinute() implements PriceUnit {
        @Override
        public BigDecimal perSecond(BigDecimal amount) {
            return amount.divide(BigDecimal.valueOf(60), PRECISION);
        }
    }

    /**
     * A price per credit, where a clip of {@code clipSeconds} costs {@code creditsPerClip} credits
     * (Kling: 10 credits per 5-s standard clip; Runway Gen-3 Alpha: 10 credits per second).
     */
    record PerCredit(BigDecimal creditsPerClip, int clipSeconds) implements PriceUnit {
        public PerCredit {
            creditsPerClip = Checks.positive("creditsPerClip", creditsPerClip, Checks.MAX_PRICE);
            Checks.clipSeconds("clipSeconds", clipSeconds);
        }

        @Override
        public BigDecimal perSecond(BigDecimal amount) {
            return amount.multiply(creditsPerClip).divide(BigDecimal.valueOf(clipSeconds), PRECISION);
        }
    }

    /**
     * A monthly plan with an allowance of clips (of {@code clipSeconds} each) or of seconds. The cost
     * per second assumes the whole allowance is used, which the app says wherever it shows it.
     */
    record MonthlyPlan(BigDecimal allowance, Allowance allowanceUnit, Integer clipSeconds) implements PriceUnit {
        public MonthlyPlan {
            allowance = Checks.positive("allowance", allowance, new BigDecimal(Checks.MAX_VOTES));
            Checks.present("allowanceUnit", allowanceUnit);
            if (allowanceUnit == Allowance.CLIPS) {
                Checks.clipSeconds("clipSeconds", Checks.present("clipSeconds", clipSeconds));
            } else if (clipSeconds != null) {
                throw new InvalidValueException("clipSeconds",
                        "value.clipSecondsForSeconds");
            }
        }

        public static MonthlyPlan ofClips(BigDecimal clips, int clipSeconds) {
            return new MonthlyPlan(clips, Allowance.CLIPS, clipSeconds);
        }

        public static MonthlyPlan ofSeconds(BigDecimal seconds) {
            return new MonthlyPlan(seconds, Allowance.SECONDS, null);
        }

        /** Seconds of video the allowance covers. */
        public BigDecimal secondsPerMonth() {
            return allowanceUnit == Allowance.CLIPS
                    ? allowance.multiply(BigDecimal.valueOf(clipSeconds))
                    : allowance;
        }

        @Override
        public BigDecimal perSecond(BigDecimal amount) {
            return amount.divide(secondsPerMonth(), PRECISION);
        }

        @Override
        public boolean assumesFullUse() {
            return true;
        }
    }

    /** What a monthly plan's allowance counts. */
    enum Allowance {
        CLIPS, SECONDS
    }
}
