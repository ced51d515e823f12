package io.ueba.plugin.transport;

import io.ueba.action.LoginSetupAction;
import io.ueba.action.LoginSetupRequest;
import io.ueba.action.LoginSetupResponse;
import io.ueba.plugin.setup.LoginIndexSetup;
import org.opensearch.action.admin.indices.template.put.PutComposableIndexTemplateAction;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.HandledTransportAction;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.ActionListener;
import org.opensearch.tasks.Task;
import org.opensearch.transport.TransportService;
import org.opensearch.transport.client.Client;

/** Puts the pipeline first, so that the template never points {@code logins-*} at a pipeline that does not exist. */
public class TransportLoginSetupAction extends HandledTransportAction<LoginSetupRequest, LoginSetupResponse> {

    private final Client client;

    @Inject
    public TransportLoginSetupAction(TransportService transportService, ActionFilters actionFilters, Client client) {
        super(LoginSetupAction.NAME, transportService, actionFilters, LoginSetupRequest::new);
        this.client = client;
    }

    @Override
    protected void doExecute(Task task, LoginSetupRequest request, ActionListener<LoginSetupResponse> listener) {
        client.admin().cluster().putPipeline(LoginIndexSetup.pipelineRequest(), ActionListener.wrap(pipelineAck -> {
            client.execute(PutComposableIndexTemplateAction.INSTANCE, LoginIndexSetup.templateRequest(), ActionListener.wrap(
                templateAck -> listener.onResponse(
                    new LoginSetupResponse(LoginIndexSetup.PIPELINE_ID, LoginIndexSetup.TEMPLATE_NAME, LoginIndexSetup.INDEX_PATTERNS)
                ),
                listener::onFailure
            ));
        }, listener::onFailure));
    }
}
