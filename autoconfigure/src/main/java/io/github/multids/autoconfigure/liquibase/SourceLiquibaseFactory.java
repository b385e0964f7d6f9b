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
package io.github.multids.autoconfigure.liquibase;

import javax.sql.DataSource;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.jdbc.MigrationDataSources;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.ui.UIServiceEnum;

import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

/**
 * Builds the Liquibase of one source from its `liquibase.*` settings, as Spring Boot
 * builds it from `spring.liquibase.*`; it runs as the source's user unless
 * `liquibase.user` or `liquibase.url` say otherwise.
 *
 * @author multids
 */
public final class SourceLiquibaseFactory {

	private final ResourceLoader resources;

	public SourceLiquibaseFactory(ResourceLoader resources) {
		this.resources = resources;
	}

	/**
	 * Return whether the source has Liquibase enabled and its change log exists.
	 * @param source the source
	 * @return whether a Liquibase is needed
	 * @throws DataSourceConfigurationException when a change log is configured but does
	 * not exist
	 */
	public boolean hasChangeLog(SourceDefinition source) {
		LiquibaseProperties properties = source.section(LiquibaseSection.INSTANCE);
		if (!properties.isEnabled()) {
			return false;
		}
		String changeLog = properties.getChangeLog();
		if (this.resources.getResource(changeLog).exists()) {
			return true;
		}
		if (!changeLog.equals(LiquibaseSection.defaultChangeLog(source.name()))) {
			throw new DataSourceConfigurationException(
					"The change log '" + changeLog + "' of source '" + source.name() + "' does not exist ('datasources."
							+ source.name()
							+ ".liquibase.change-log', or 'spring.liquibase.change-log' for every source).",
					"Create the change log, or correct the key.");
		}
		return false;
	}

	/**
	 * Return the change log of a source.
	 * @param source the source
	 * @return the location
	 */
	public static String changeLog(SourceDefinition source) {
		return source.section(LiquibaseSection.INSTANCE).getChangeLog();
	}

	/**
	 * Create the Liquibase of a source.
	 * @param source the source
	 * @param dataSource the source's pool
	 * @return the Liquibase, not yet run
	 */
	public SourceLiquibase create(SourceDefinition source, DataSource dataSource) {
		LiquibaseProperties properties = source.section(LiquibaseSection.INSTANCE);
		SourceLiquibase liquibase = new SourceLiquibase(source.name(), source.migrationsAtStart());
		liquibase.setResourceLoader(this.resources);
		liquibase.setDataSource(MigrationDataSources.of(properties.getUrl(), properties.getUser(),
				properties.getPassword(), properties.getDriverClassName(), dataSource));
		liquibase.setChangeLog(properties.getChangeLog());
		liquibase.setClearCheckSums(properties.isClearChecksums());
		if (properties.getContexts() != null) {
			liquibase.setContexts(String.join(",", properties.getContexts()));
		}
		if (properties.getLabelFilter() != null) {
			liquibase.setLabelFilter(String.join(",", properties.getLabelFilter()));
		}
		liquibase.setDefaultSchema(properties.getDefaultSchema());
		liquibase.setLiquibaseSchema(properties.getLiquibaseSchema());
		liquibase.setLiquibaseTablespace(properties.getLiquibaseTablespace());
		liquibase.setDatabaseChangeLogTable(properties.getDatabaseChangeLogTable());
		liquibase.setDatabaseChangeLogLockTable(properties.getDatabaseChangeLogLockTable());
		liquibase.setDropFirst(properties.isDropFirst());
		liquibase.setShouldRun(properties.isEnabled());
		liquibase.setChangeLogParameters(properties.getParameters());
		liquibase.setRollbackFile(properties.getRollbackFile());
		liquibase.setTestRollbackOnUpdate(properties.isTestRollbackOnUpdate());
		liquibase.setTag(properties.getTag());
		applyOutput(properties, liquibase);
		return liquibase;
	}

	private static void applyOutput(LiquibaseProperties properties, SourceLiquibase liquibase) {
		if (properties.getShowSummary() != null) {
			liquibase.setShowSummary(UpdateSummaryEnum.valueOf(properties.getShowSummary().name()));
		}
		if (properties.getShowSummaryOutput() != null) {
			liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.valueOf(properties.getShowSummaryOutput().name()));
		}
		if (properties.getUiService() != null) {
			liquibase.setUiService(UIServiceEnum.valueOf(properties.getUiService().name()));
		}
		liquibase.setAnalyticsEnabled(properties.getAnalyticsEnabled());
		liquibase.setLicenseKey(properties.getLicenseKey());
	}

}
