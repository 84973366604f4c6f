package org.greenwhistle.publication.domain;

import java.util.List;

/** The filter values that have published cases: province codes, categories, years, batches. */
public record PublicFacets(List<String> provinces, List<String> categories, List<Integer> years,
                           List<TypicalCaseBatch> batches) {
}
