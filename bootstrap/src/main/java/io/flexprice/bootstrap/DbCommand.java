package io.flexprice.bootstrap;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.flexprice.bootstrap.config.FlexpriceConfiguration;
import io.flexprice.bootstrap.storage.PostgresLifecycle;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code db migrate [config.yaml]}: brings the Postgres schema to the newest version and exits. The
 * server does the same at start; this runs it ahead of a rollout.
 */
final class DbCommand extends ConfiguredCommand<FlexpriceConfiguration> {

    DbCommand() {
        super("db", "database tasks; 'db migrate' applies the pending schema migrations");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate").help("what to do: migrate");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<FlexpriceConfiguration> bootstrap, Namespace namespace,
                       FlexpriceConfiguration configuration) {
        // opening the store migrates it
        PostgresLifecycle.open(configuration.settings()).close();
    }
}
