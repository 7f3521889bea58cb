package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.flexprice.adapters.kafka.inprocess.InProcessEventPublisher;
import io.flexprice.ports.out.metering.EventPublisher;

/** Local mode without Kafka: accepted events go straight to the processing stage. */
public final class InProcessMessagingModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(EventPublisher.class).to(InProcessEventPublisher.class).in(Singleton.class);
    }
}
