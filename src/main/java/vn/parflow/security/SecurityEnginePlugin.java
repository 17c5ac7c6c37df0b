package vn.parflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import vn.parflow.directory.DirectorySync;

/**
 * Puts Parflow's engine extensions in place before the engine is built: the guarded identity store
 * ({@link GuardedIdentityProvider}), the task authorizations that also open the task's process instance
 * ({@link UnitAuthorizationProvider}), the authorization check without its scan of every grant
 * ({@link AllGroupsAuthorizationManager}) and the expression manager that refuses a client's expressions in queries
 * ({@link QueryExpressionRefusal}). The directory is looked up lazily: it needs the engine that this plugin
 * helps to build.
 */
@Component
class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<DirectorySync> directory;

	private final ApplicationContext context;

	SecurityEnginePlugin(ObjectProvider<DirectorySync> directory, ApplicationContext context) {
		this.directory = directory;
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return GuardedIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new GuardedIdentityProvider(directory::getIfAvailable);
			}
		});
		configuration.setResourceAuthorizationProvider(new UnitAuthorizationProvider());
		List<SessionFactory> sessions = new ArrayList<>();
		if (configuration.getCustomSessionFactories() != null) {
			sessions.addAll(configuration.getCustomSessionFactories());
		}
		sessions.add(AllGroupsAuthorizationManager.FACTORY);
		configuration.setCustomSessionFactories(sessions);
		configuration.setExpressionManager(new QueryExpressionRefusal(context, configuration.getBeans()));
	}

}
