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
package io.github.multids.autoconfigure.flyway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.github.multids.autoconfigure.binding.SourceKeys;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.util.CollectionUtils;
import org.springframework.util.StringUtils;

/**
 * Maps the `flyway.*` keys of a source onto Flyway's configuration as Spring Boot maps
 * `spring.flyway.*`. Each key is listed once with what applies it, and the keys a source
 * accepts are exactly those listed.
 *
 * @author multids
 */
final class FlywaySettingsMapper {

	private static final Map<String, BiConsumer<FlywayProperties, FluentConfiguration>> SETTINGS = new LinkedHashMap<>();

	private static final Map<String, BiConsumer<FlywayProperties, FluentConfiguration>> MAPS = new LinkedHashMap<>();

	static {
		SETTINGS.put("fail-on-missing-locations", (p, c) -> c.failOnMissingLocations(p.isFailOnMissingLocations()));
		SETTINGS.put("encoding", (p, c) -> c.encoding(p.getEncoding()));
		SETTINGS.put("connect-retries", (p, c) -> c.connectRetries(p.getConnectRetries()));
		SETTINGS.put("connect-retries-interval",
				(p, c) -> c.connectRetriesInterval(seconds(p.getConnectRetriesInterval())));
		SETTINGS.put("lock-retry-count", (p, c) -> c.lockRetryCount(p.getLockRetryCount()));
		SETTINGS.put("default-schema", (p, c) -> ifSet(p.getDefaultSchema(), c::defaultSchema));
		SETTINGS.put("schemas", (p, c) -> c.schemas(StringUtils.toStringArray(p.getSchemas())));
		SETTINGS.put("create-schemas", (p, c) -> c.createSchemas(p.isCreateSchemas()));
		SETTINGS.put("table", (p, c) -> c.table(p.getTable()));
		SETTINGS.put("tablespace", (p, c) -> ifSet(p.getTablespace(), c::tablespace));
		SETTINGS.put("baseline-description", (p, c) -> c.baselineDescription(p.getBaselineDescription()));
		SETTINGS.put("baseline-version", (p, c) -> c.baselineVersion(p.getBaselineVersion()));
		SETTINGS.put("installed-by", (p, c) -> ifSet(p.getInstalledBy(), c::installedBy));
		SETTINGS.put("placeholder-prefix", (p, c) -> c.placeholderPrefix(p.getPlaceholderPrefix()));
		SETTINGS.put("placeholder-suffix", (p, c) -> c.placeholderSuffix(p.getPlaceholderSuffix()));
		SETTINGS.put("placeholder-separator", (p, c) -> c.placeholderSeparator(p.getPlaceholderSeparator()));
		SETTINGS.put("placeholder-replacement", (p, c) -> c.placeholderReplacement(p.isPlaceholderReplacement()));
		SETTINGS.put("sql-migration-prefix", (p, c) -> c.sqlMigrationPrefix(p.getSqlMigrationPrefix()));
		SETTINGS.put("sql-migration-suffixes",
				(p, c) -> c.sqlMigrationSuffixes(StringUtils.toStringArray(p.getSqlMigrationSuffixes())));
		SETTINGS.put("sql-migration-separator", (p, c) -> c.sqlMigrationSeparator(p.getSqlMigrationSeparator()));
		SETTINGS.put("repeatable-sql-migration-prefix",
				(p, c) -> c.repeatableSqlMigrationPrefix(p.getRepeatableSqlMigrationPrefix()));
		SETTINGS.put("target", (p, c) -> c.target(p.getTarget()));
		SETTINGS.put("baseline-on-migrate", (p, c) -> c.baselineOnMigrate(p.isBaselineOnMigrate()));
		SETTINGS.put("clean-disabled", (p, c) -> c.cleanDisabled(p.isCleanDisabled()));
		SETTINGS.put("group", (p, c) -> c.group(p.isGroup()));
		SETTINGS.put("mixed", (p, c) -> c.mixed(p.isMixed()));
		SETTINGS.put("out-of-order", (p, c) -> c.outOfOrder(p.isOutOfOrder()));
		SETTINGS.put("skip-default-callbacks", (p, c) -> c.skipDefaultCallbacks(p.isSkipDefaultCallbacks()));
		SETTINGS.put("skip-default-resolvers", (p, c) -> c.skipDefaultResolvers(p.isSkipDefaultResolvers()));
		SETTINGS.put("validate-migration-naming", (p, c) -> c.validateMigrationNaming(p.isValidateMigrationNaming()));
		SETTINGS.put("validate-on-migrate", (p, c) -> c.validateOnMigrate(p.isValidateOnMigrate()));
		SETTINGS.put("init-sqls", FlywaySettingsMapper::initSqls);
		SETTINGS.put("script-placeholder-prefix", (p, c) -> c.scriptPlaceholderPrefix(p.getScriptPlaceholderPrefix()));
		SETTINGS.put("script-placeholder-suffix", (p, c) -> c.scriptPlaceholderSuffix(p.getScriptPlaceholderSuffix()));
		SETTINGS.put("powershell-executable", (p, c) -> ifSet(p.getPowershellExecutable(), c::powershellExecutable));
		SETTINGS.put("execute-in-transaction", (p, c) -> c.executeInTransaction(p.isExecuteInTransaction()));
		SETTINGS.put("loggers", (p, c) -> c.loggers(p.getLoggers()));
		SETTINGS.put("community-db-support-enabled",
				(p, c) -> ifSet(p.getCommunityDbSupportEnabled(), c::communityDBSupportEnabled));
		SETTINGS.put("batch", (p, c) -> ifSet(p.getBatch(), c::batch));
		SETTINGS.put("dry-run-output", (p, c) -> ifSet(p.getDryRunOutput(), c::dryRunOutput));
		SETTINGS.put("error-overrides", (p, c) -> ifSet(p.getErrorOverrides(), c::errorOverrides));
		SETTINGS.put("stream", (p, c) -> ifSet(p.getStream(), c::stream));
		SETTINGS.put("kerberos-config-file", (p, c) -> ifSet(p.getKerberosConfigFile(), c::kerberosConfigFile));
		SETTINGS.put("output-query-results", (p, c) -> ifSet(p.getOutputQueryResults(), c::outputQueryResults));
		SETTINGS.put("skip-executing-migrations",
				(p, c) -> ifSet(p.getSkipExecutingMigrations(), c::skipExecutingMigrations));
		SETTINGS.put("ignore-migration-patterns",
				(p, c) -> c.ignoreMigrationPatterns(p.getIgnoreMigrationPatterns().toArray(String[]::new)));
		SETTINGS.put("detect-encoding", (p, c) -> ifSet(p.getDetectEncoding(), c::detectEncoding));
		MAPS.put("placeholders", (p, c) -> c.placeholders(p.getPlaceholders()));
		MAPS.put("jdbc-properties", (p, c) -> {
			if (!p.getJdbcProperties().isEmpty()) {
				c.jdbcProperties(p.getJdbcProperties());
			}
		});
	}

	private FlywaySettingsMapper() {
	}

	/**
	 * Return the keys this mapper applies.
	 * @return the keys
	 */
	static SourceKeys keys() {
		SourceKeys.Builder keys = SourceKeys.builder().values(SETTINGS.keySet().toArray(String[]::new));
		MAPS.keySet().forEach(keys::anythingBelow);
		return keys.build();
	}

	/**
	 * Apply every mapped key.
	 * @param properties the bound properties
	 * @param configuration the configuration
	 */
	static void apply(FlywayProperties properties, FluentConfiguration configuration) {
		SETTINGS.values().forEach((setting) -> setting.accept(properties, configuration));
		MAPS.values().forEach((setting) -> setting.accept(properties, configuration));
	}

	private static void initSqls(FlywayProperties properties, FluentConfiguration configuration) {
		if (!CollectionUtils.isEmpty(properties.getInitSqls())) {
			configuration.initSql(StringUtils.collectionToDelimitedString(properties.getInitSqls(), "\n"));
		}
	}

	private static int seconds(Duration duration) {
		return (int) duration.getSeconds();
	}

	private static <T> void ifSet(T value, Consumer<T> action) {
		if (value != null) {
			action.accept(value);
		}
	}

}
