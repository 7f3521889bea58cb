package io.flexprice.ports.testing;

import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applications in a map keyed by (scope, grant, subscription, period index). */
public final class FakeCreditGrantApplicationRepository implements CreditGrantApplicationRepository {

    private final Map<String, CreditGrantApplication> applications = new LinkedHashMap<>();

    private static String key(Scope scope, CreditGrantId grant, SubscriptionId subscription, int index) {
        return scope.tenantId().value() + "/" + scope.environmentId().value() + "/" + grant.value() + "/"
                + subscription.value() + "/" + index;
    }

    private static String key(CreditGrantApplication a) {
        return key(a.scope(), a.creditGrantId(), a.subscriptionId(), a.periodIndex());
    }

    @Override
    public boolean insertIfAbsent(CreditGrantApplication application) {
        return applications.putIfAbsent(key(application), application) == null;
    }

    @Override
    public void update(CreditGrantApplication application) {
        if (applications.replace(key(application), application) == null) {
            throw new IllegalStateException("no application " + key(application));
        }
    }

    @Override
    public Optional<CreditGrantApplication> lock(Scope scope, CreditGrantId grant, SubscriptionId subscription,
                                                 int periodIndex) {
        return Optional.ofNullable(applications.get(key(scope, grant, subscription, periodIndex)));
    }

    @Override
    public Optional<CreditGrantApplication> findLatest(Scope scope, CreditGrantId grant,
                                                       SubscriptionId subscription) {
        return applications.values().stream().filter(a -> a.scope().equals(scope)
                        && a.creditGrantId().equals(grant) && a.subscriptionId().equals(subscription))
                .max(Comparator.comparingInt(CreditGrantApplication::periodIndex));
    }

    @Override
    public List<CreditGrantApplication> findBySubscription(Scope scope, SubscriptionId subscription) {
        return applications.values().stream()
                .filter(a -> a.scope().equals(scope) && a.subscriptionId().equals(subscription))
                .sorted(Comparator.comparing(CreditGrantApplication::scheduledFor)
                        .thenComparingInt(CreditGrantApplication::periodIndex))
                .toList();
    }

    public List<CreditGrantApplication> all() {
        return new ArrayList<>(applications.values());
    }
}
