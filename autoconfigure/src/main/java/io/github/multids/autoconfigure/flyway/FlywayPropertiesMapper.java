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

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.util.CollectionUtils;
import org.springframework.util.StringUtils;

/**
 * Maps the `flyway.*` keys of a source onto Flyway's configuration, split by concern.
 *
 * @author multids
 */
final class FlywayPropertiesMapper {

	private FlywayPropertiesMapper() {
	}

	static void applySchemaSettings(FlywayProperties properties, FluentConfiguration configuration) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties.getDefaultSchema()).to(configuration::defaultSchema);
		map.from(properties.getSchemas())
			.whenNot(CollectionUtils::isEmpty)
			.as(StringUtils::toStringArray)
			.to(configuration::schemas);
		map.from(properties.isCreateSchemas()).to(configuration::createSchemas);
		map.from(properties.getTable()).to(configuration::table);
		map.from(properties.getTablespace()).to(configuration::tablespace);
		map.from(properties.isBaselineOnMigrate()).to(configuration::baselineOnMigrate);
		map.from(properties.getBaselineVersion()).to(configuration::baselineVersion);
		map.from(properties.getBaselineDescription()).to(configuration::baselineDescription);
		map.from(properties.getInstalledBy()).to(configuration::installedBy);
		map.from(properties.getInitSqls())
			.whenNot(CollectionUtils::isEmpty)
			.as((initSqls) -> StringUtils.collectionToDelimitedString(initSqls, "\n"))
			.to(configuration::initSql);
		map.from(properties.getConnectRetries()).to(configuration::connectRetries);
		map.from(properties.getConnectRetriesInterval())
			.as((interval) -> (int) interval.getSeconds())
			.to(configuration::connectRetriesInterval);
		map.from(properties.getLockRetryCount()).to(configuration::lockRetryCount);
	}

	static void applyMigrationSettings(FlywayProperties properties, FluentConfiguration configuration) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties.isFailOnMissingLocations()).to(configuration::failOnMissingLocations);
		map.from(properties.getEncoding()).to(configuration::encoding);
		map.from(properties.getPlaceholders()).to(configuration::placeholders);
		map.from(properties.getPlaceholderPrefix()).to(configuration::placeholderPrefix);
		map.from(properties.getPlaceholderSuffix()).to(configuration::placeholderSuffix);
		map.from(properties.getPlaceholderSeparator()).to(configuration::placeholderSeparator);
		map.from(properties.isPlaceholderReplacement()).to(configuration::placeholderReplacement);
		map.from(properties.getSqlMigrationPrefix()).to(configuration::sqlMigrationPrefix);
		map.from(properties.getSqlMigrationSuffixes())
			.as(StringUtils::toStringArray)
			.to(configuration::sqlMigrationSuffixes);
		map.from(properties.getSqlMigrationSeparator()).to(configuration::sqlMigrationSeparator);
		map.from(properties.getRepeatableSqlMigrationPrefix()).to(configuration::repeatableSqlMigrationPrefix);
		map.from(properties.getTarget()).to(configuration::target);
		map.from(properties.isCleanDisabled()).to(configuration::cleanDisabled);
		map.from(properties.isGroup()).to(configuration::group);
		map.from(properties.isMixed()).to(configuration::mixed);
		map.from(properties.isOutOfOrder()).to(configuration::outOfOrder);
		map.from(properties.isValidateOnMigrate()).to(configuration::validateOnMigrate);
		map.from(properties.isValidateMigrationNaming()).to(configuration::validateMigrationNaming);
		map.from(properties.getIgnoreMigrationPatterns())
			.as((patterns) -> patterns.toArray(String[]::new))
			.to(configuration::ignoreMigrationPatterns);
	}

}
