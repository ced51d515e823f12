package io.ueba.plugin.transport;

import io.ueba.action.JobSchedulerRegistration;

import java.util.function.Supplier;

/** Tells the info action whether Job Scheduler registered our job type; a component so Guice can inject it. */
public record JobSchedulerStatus(Supplier<JobSchedulerRegistration> registration) {}
