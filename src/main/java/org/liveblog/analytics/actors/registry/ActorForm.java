package org.liveblog.analytics.actors.registry;

/** A surface form attached to one actor: the unit a matcher is built from (a shared form appears once per actor). */
public record ActorForm(String text, CaseRule caseRule, FormKind kind, String actorId) {}
