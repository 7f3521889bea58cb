package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Costsheets in a map; live names and lookup keys unique in a scope, as the port says. */
public final class FakeCostsheetRepository implements CostsheetRepository {

    private final Map<List<Object>, Costsheet> costsheets = new LinkedHashMap<>();

    @Override
    public void insert(Costsheet c) {
        requireFree(c);
        costsheets.put(List.of(c.scope(), c.id()), c);
    }

    @Override
    public void update(Costsheet c) {
        if (!costsheets.containsKey(List.of(c.scope(), c.id()))) {
            throw new IllegalStateException("costsheet " + c.id() + " is not stored");
        }
        requireFree(c);
        costsheets.put(List.of(c.scope(), c.id()), c);
    }

    @Override
    public Optional<Costsheet> findById(Scope scope, CostsheetId id) {
        return Optional.ofNullable(costsheets.get(List.of(scope, id)));
    }

    @Override
    public Page<Costsheet> search(Scope scope, CostsheetFilter f, PageRequest page) {
        return Pages.of(costsheets.values().stream().filter(c -> c.scope().equals(scope))
                .filter(c -> Pages.matchesAny(f.costsheetIds(), c.id().value()))
                .filter(c -> Pages.matchesAny(f.lookupKeys(), c.lookupKey()))
                .filter(c -> f.name() == null || f.name().equals(c.name()))
                .filter(c -> Pages.matchesStatus(f.status(), c.status())).toList(), page);
    }

    @Override
    public Optional<Costsheet> findActive(Scope scope) {
        return costsheets.values().stream().filter(c -> c.scope().equals(scope) && c.status() == Status.PUBLISHED)
                .max(Comparator.comparing((Costsheet c) -> c.audit().createdAt()).thenComparing(c -> c.id().value()));
    }

    private void requireFree(Costsheet c) {
        for (Costsheet o : costsheets.values()) {
            if (!c.isLive() || !o.isLive() || !o.scope().equals(c.scope()) || o.id().equals(c.id())) {
                continue;
            }
            if (o.name().equals(c.name())) {
                throw new ConflictException(ErrorCode.COSTSHEET_NAME_TAKEN, "a costsheet named " + c.name()
                        + " already exists");
            }
            if (c.lookupKey() != null && Objects.equals(o.lookupKey(), c.lookupKey())) {
                throw new ConflictException(ErrorCode.COSTSHEET_LOOKUP_KEY_TAKEN, "lookup key taken");
            }
        }
    }
}
