package dev.reelrank.io;

import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words the file format uses for enumerations: lower case with hyphens, e.g. {@code list-price}. */
final class JsonNames {
    static final String PER_CLIP = "per-clip";
    static final String PER_SECOND = "per-second";
    static final String PER_MINUTE = "per-minute";
    static final String PER_CREDIT = "per-credit";
    static final String MONTHLY_PLAN = "monthly-plan";
    static final List<String> UNIT_TYPES = List.of(PER_CLIP, PER_SECOND, PER_MINUTE, PER_CREDIT, MONTHLY_PLAN);

    private JsonNames() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> of(e).equals(word))
                .findFirst();
    }

    static <E extends Enum<E>> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonNames::of).toList();
    }

    static String unitType(PriceUnit unit) {
        return switch (unit) {
            case PriceUnit.PerClip c -> PER_CLIP;
            case PriceUnit.PerSecond s -> PER_SECOND;
            case PriceUnit.PerMinute m -> PER_MINUTE;
            case PriceUnit.PerCredit c -> PER_CREDIT;
            case PriceUnit.MonthlyPlan p -> MONTHLY_PLAN;
        };
    }

    static String kind(PriceKind kind) {
        return of(kind);
    }

    static String status(PriceStatus status) {
        return of(status);
    }

    static String mode(GenerationMode mode) {
        return of(mode);
    }
}
