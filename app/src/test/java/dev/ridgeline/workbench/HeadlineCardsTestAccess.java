package dev.ridgeline.workbench;

import dev.ridgeline.economics.DisaggregatedFleet;

/** Lets tests outside the package read a disaggregated card's tooltip text. */
public final class HeadlineCardsTestAccess {
    private HeadlineCardsTestAccess() {
    }

    public static String tip(DisaggregatedFleet d) {
        return HeadlineCards.disaggregatedTip(d);
    }
}
