package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The unit a price was published in. ReelRank keeps the source's unit and converts only for
 * comparison, to a cost per second of generated video.
 */
public sealed interface PriceUnit
        permits PriceUnit.PerClip,
                PriceUnit.PerSecond,
                PriceUnit.PerMinute,
                PriceUnit.PerCredit,
                PriceUnit.MonthlyPlan {

    /** Precision for the one division each conversion needs; far beyond what any price has. */
    MathContext PRECISION = MathContext.DECIMAL64;

    /** Converts an amount in this unit to the cost of one second of generated video. */
    BigDecimal perSecond(BigDecimal amount);

    /** True when the conversion assumes something the source did not say (a plan fully used). */
    default boolean assumesUtilisation() {
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
     * A monthly plan with an allowance of clips (of {@code clipSeconds} each), of seconds, or of
     * credits (a clip of {@code clipSeconds} costing {@code creditsPerClip}). The cost per second
     * assumes {@code utilisation} per cent of the allowance is used, 100 unless the user says
     * otherwise; the app shows the assumption wherever it shows the figure.
     */
    record MonthlyPlan(
            BigDecimal allowance,
            Allowance allowanceUnit,
            Integer clipSeconds,
            BigDecimal creditsPerClip,
            BigDecimal utilisation)
            implements PriceUnit {
        public static final BigDecimal FULL_USE = BigDecimal.valueOf(100);

        public MonthlyPlan {
            allowance = Checks.positive("allowance", allowance, new BigDecimal(Checks.MAX_VOTES));
            Checks.present("allowanceUnit", allowanceUnit);
            if (allowanceUnit == Allowance.SECONDS) {
                if (clipSeconds != null) {
                    throw new InvalidValueException("clipSeconds", "value.clipSecondsForSeconds");
                }
            } else {
                Checks.clipSeconds("clipSeconds", Checks.present("clipSeconds", clipSeconds));
            }
            if ((allowanceUnit == Allowance.CREDITS) != (creditsPerClip != null)) {
                throw new InvalidValueException("creditsPerClip", "value.creditsForCredits");
            }
            if (creditsPerClip != null) {
                creditsPerClip = Checks.positive("creditsPerClip", creditsPerClip, Checks.MAX_PRICE);
            }
            utilisation = utilisation == null ? FULL_USE : utilisation;
            if (utilisation.signum() <= 0 || utilisation.compareTo(FULL_USE) > 0) {
                throw new InvalidValueException("utilisation", "value.utilisation");
            }
            utilisation = Checks.places("utilisation", utilisation).stripTrailingZeros();
        }

        public static MonthlyPlan ofClips(BigDecimal clips, int clipSeconds) {
            return new MonthlyPlan(clips, Allowance.CLIPS, clipSeconds, null, null);
        }

        public static MonthlyPlan ofSeconds(BigDecimal seconds) {
            return new MonthlyPlan(seconds, Allowance.SECONDS, null, null, null);
        }

        public static MonthlyPlan ofCredits(BigDecimal credits, BigDecimal creditsPerClip, int clipSeconds) {
            return new MonthlyPlan(credits, Allowance.CREDITS, clipSeconds, creditsPerClip, null);
        }

        /** The same plan with another share of its allowance assumed used, in per cent. */
        public MonthlyPlan withUtilisation(BigDecimal percent) {
            return new MonthlyPlan(allowance, allowanceUnit, clipSeconds, creditsPerClip, percent);
        }

        /** Clips of {@code clipSeconds} the allowance buys; for an allowance of seconds, none is stated. */
        public BigDecimal clipsPerMonth() {
            return switch (allowanceUnit) {
                case CLIPS -> allowance;
                case CREDITS -> allowance.divide(creditsPerClip, PRECISION);
                case SECONDS -> allowance;
            };
        }

        /** Seconds of video the allowance covers when all of it is used. */
        public BigDecimal secondsPerMonth() {
            return allowanceUnit == Allowance.SECONDS
                    ? allowance
                    : clipsPerMonth().multiply(BigDecimal.valueOf(clipSeconds));
        }

        @Override
        public BigDecimal perSecond(BigDecimal amount) {
            BigDecimal used = secondsPerMonth().multiply(utilisation).divide(FULL_USE, PRECISION);
            return amount.divide(used, PRECISION);
        }

        @Override
        public boolean assumesUtilisation() {
            return true;
        }
    }

    /** What a monthly plan's allowance counts. */
    enum Allowance {
        CLIPS,
        SECONDS,
        CREDITS
    }
}
