package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.AddonRepositoryContract;
import io.flexprice.ports.out.addon.AddonRepository;

class InMemoryAddonRepositoryTest extends AddonRepositoryContract {

    private final InMemoryAddonRepository repository = new InMemoryAddonRepository();

    @Override
    protected AddonRepository repository() {
        return repository;
    }
}
