package io.ueba.plugin.transport;

import io.ueba.action.LoginSetupAction;
import io.ueba.action.LoginSetupRequest;
import io.ueba.action.LoginSetupResponse;
import io.ueba.plugin.setup.LogSource;
import io.ueba.plugin.setup.LoginIndexSetup;
import org.opensearch.action.admin.indices.template.put.PutComposableIndexTemplateAction;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.action.support.clustermanager.AcknowledgedResponse;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.transport.TransportService;
import org.opensearch.transport.client.Client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Installs, one step after the other, what a pipeline needs before what uses it: the {@code ueba-logins} pipeline,
 * then each log source's script and pipeline (which call it), then the templates, so that no template ever points
 * its indices at a pipeline that does not exist yet.
 */
public class TransportLoginSetupAction extends HandledTransportAction<LoginSetupRequest, LoginSetupResponse> {

    private final Client client;

    @Inject
    public TransportLoginSetupAction(TransportService transportService, ActionFilters actionFilters, Client client) {
        super(LoginSetupAction.NAME, transportService, actionFilters, LoginSetupRequest::new);
        this.client = client;
    }

    @Override
    protected void doExecute(Task task, LoginSetupRequest request, ActionListener<LoginSetupResponse> listener) {
        List<Consumer<ActionListener<AcknowledgedResponse>>> steps = new ArrayList<>();
        steps.add(done -> client.admin().cluster().putPipeline(LoginIndexSetup.pipelineRequest(), done));
        Map<String, String> logPipelines = new LinkedHashMap<>();
        for (LogSource source : LogSource.values()) {
            steps.add(done -> client.admin().cluster().putStoredScript(LoginIndexSetup.scriptRequest(source), done));
            steps.add(done -> client.admin().cluster().putPipeline(LoginIndexSetup.pipelineRequest(source), done));
            logPipelines.put(source.pipeline(), source.indexPattern());
        }
        steps.add(done -> client.execute(PutComposableIndexTemplateAction.INSTANCE, LoginIndexSetup.templateRequest(), done));
        for (LogSource source : LogSource.values()) {
            steps.add(done -> client.execute(PutComposableIndexTemplateAction.INSTANCE, LoginIndexSetup.templateRequest(source), done));
        }
        runInOrder(steps.iterator(), ActionListener.wrap(
            ignored -> listener.onResponse(new LoginSetupResponse(LoginIndexSetup.PIPELINE_ID, LoginIndexSetup.TEMPLATE_NAME, LoginIndexSetup.INDEX_PATTERNS, logPipelines)),
            listener::onFailure
        ));
    }

    private static void runInOrder(Iterator<Consumer<ActionListener<AcknowledgedResponse>>> steps, ActionListener<Void> done) {
        if (steps.hasNext() == false) {
            done.onResponse(null);
            return;
        }
        steps.next().accept(ActionListener.wrap(ignored -> runInOrder(steps, done), done::onFailure));
    }
}
