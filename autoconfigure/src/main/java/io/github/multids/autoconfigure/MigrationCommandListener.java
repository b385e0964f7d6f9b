/*
 * Copyright 2026 the multids authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.multids.autoconfigure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.migrations.MigrationCommand;
import io.github.multids.autoconfigure.migrations.MigrationCommandExit;
import io.github.multids.autoconfigure.migrations.MigrationMode;
import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.autoconfigure.migrations.MigrationTarget;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Runs `--multids.migrate-and-exit`, `--multids.validate-and-exit` or
 * `--multids.info-and-exit` once the environment is ready, before any context, web server
 * or EntityManagerFactory exists, connecting to the named sources only; then ends the run
 * with a MigrationCommandExit that carries the exit code.
 *
 * @author multids
 */
class MigrationCommandListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	static final String PARALLELISM = "multids.migrations.parallelism";

	private final PrintStream out;

	MigrationCommandListener() {
		this(System.out);
	}

	MigrationCommandListener(PrintStream out) {
		this.out = out;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		List<MigrationMode> modes = Arrays.stream(MigrationMode.values())
			.filter((mode) -> environment.containsProperty(mode.property()))
			.toList();
		if (modes.isEmpty()) {
			return;
		}
		List<String> lines = new ArrayList<>();
		int exitCode;
		try {
			exitCode = run(modes, environment, event.getSpringApplication().getClassLoader(), lines);
		}
		catch (DataSourceConfigurationException ex) {
			lines.add("multids: " + ex.getMessage() + " " + ex.getAction());
			this.out.println(lines.get(lines.size() - 1));
			exitCode = 1;
		}
		throw MigrationCommandExits.exit(exitCode, lines);
	}

	private int run(List<MigrationMode> modes, ConfigurableEnvironment environment, ClassLoader classLoader,
			List<String> lines) {
		if (modes.size() > 1) {
			throw new DataSourceConfigurationException(
					"Several migration commands are set: " + modes.stream().map(MigrationMode::property).toList() + ".",
					"Run one of them at a time.");
		}
		MigrationMode mode = modes.get(0);
		SourceDefinitions model = SourceDefinitions.load(environment, MultiDataSourceRegistrar.sections(classLoader),
				classLoader);
		List<SourceDefinition> sources = named(mode, environment.getProperty(mode.property(), ""), model);
		List<HikariDataSource> pools = new ArrayList<>();
		try {
			List<MigrationTarget> targets = MigrationTargets.of(sources, classLoader, pools);
			List<MigrationResult> results = new MigrationCommand(mode,
					environment.getProperty(PARALLELISM, Integer.class, 4))
				.run(targets, this.out);
			results.forEach((result) -> lines.add(result.line()));
			return results.stream().allMatch(MigrationResult::succeeded) ? 0 : 1;
		}
		finally {
			pools.forEach(HikariDataSource::close);
		}
	}

	private static List<SourceDefinition> named(MigrationMode mode, String value, SourceDefinitions model) {
		if (model.names().isEmpty()) {
			throw new DataSourceConfigurationException(
					"'" + mode.property() + "' is set but no source is configured under 'datasources.*'.",
					"Configure the sources under 'datasources.<name>', or remove '" + mode.property() + "'.");
		}
		Set<String> names = new LinkedHashSet<>(StringUtils.commaDelimitedListToSet(value.replace(" ", "")));
		names.remove("");
		if (names.isEmpty() || names.contains("all")) {
			return List.copyOf(model.all());
		}
		List<String> unknown = names.stream().filter((name) -> model.get(name) == null).toList();
		if (!unknown.isEmpty()) {
			throw new DataSourceConfigurationException(
					"'" + mode.property() + "' names " + unknown + ", which " + ((unknown.size() == 1) ? "is" : "are")
							+ " not a configured source; the sources are " + model.names() + ".",
					"Name sources among " + model.names() + ", separated by commas, or 'all'.");
		}
		return names.stream().map(model::get).toList();
	}

	@Override
	public int getOrder() {
		// After every EnvironmentPostProcessor and the logging system
		return Ordered.LOWEST_PRECEDENCE;
	}

}
