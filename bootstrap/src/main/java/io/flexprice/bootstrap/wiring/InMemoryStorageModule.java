package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.flexprice.adapters.storage.inmemory.InMemoryApiKeyRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCustomerRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryEnvironmentRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryEventStore;
import io.flexprice.adapters.storage.inmemory.InMemoryFeatureRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryMeterRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTenantRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTransactions;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;

/** Every repository port in process memory: nothing survives a restart. */
public final class InMemoryStorageModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Transactions.class).to(InMemoryTransactions.class);
        bind(InMemoryTransactions.class).in(Singleton.class);
        bind(TenantRepository.class).to(InMemoryTenantRepository.class);
        bind(InMemoryTenantRepository.class).in(Singleton.class);
        bind(EnvironmentRepository.class).to(InMemoryEnvironmentRepository.class);
        bind(InMemoryEnvironmentRepository.class).in(Singleton.class);
        bind(ApiKeyRepository.class).to(InMemoryApiKeyRepository.class);
        bind(InMemoryApiKeyRepository.class).in(Singleton.class);
        bind(CustomerRepository.class).to(InMemoryCustomerRepository.class);
        bind(InMemoryCustomerRepository.class).in(Singleton.class);
        bind(FeatureRepository.class).to(InMemoryFeatureRepository.class);
        bind(InMemoryFeatureRepository.class).in(Singleton.class);
        bind(MeterRepository.class).to(InMemoryMeterRepository.class);
        bind(InMemoryMeterRepository.class).in(Singleton.class);
        // one store answers both: events and the usage computed from them
        bind(EventRepository.class).to(InMemoryEventStore.class);
        bind(UsageReader.class).to(InMemoryEventStore.class);
        bind(InMemoryEventStore.class).in(Singleton.class);
    }
}
