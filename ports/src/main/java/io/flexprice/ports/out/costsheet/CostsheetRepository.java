package io.flexprice.ports.out.costsheet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface CostsheetRepository {

    /**
     * Stores a new costsheet.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live costsheet of the scope has the same name
     *     ({@code costsheet.name_taken}) or lookup key ({@code costsheet.lookup_key_taken})
     */
    void insert(Costsheet costsheet);

    /** Replaces a stored costsheet; same uniqueness rules as {@link #insert}. */
    void update(Costsheet costsheet);

    /** The costsheet whatever its status. */
    Optional<Costsheet> findById(Scope scope, CostsheetId id);

    /** Matching costsheets by creation time (then id) in the order the page asks. */
    Page<Costsheet> search(Scope scope, CostsheetFilter filter, PageRequest page);

    /** The active costsheet: the published one created last (by creation time, then id). */
    Optional<Costsheet> findActive(Scope scope);
}
