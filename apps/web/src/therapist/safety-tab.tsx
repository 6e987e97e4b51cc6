// Safety for one client: their alerts (where they agreed to risk alerts), their safety plan as they
// wrote it, and proposals the therapist makes, which the client accepts or declines.
import { useId, useState, type SubmitEvent } from "react";
import { messageOf } from "../api/http.ts";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { AlertList } from "./alerts-page.tsx";
import { useAlerts, useClientSafetyPlan, useProposeSafetyPlan, type CaseloadEntry, type SafetyPlanBody } from "./api.ts";
import { formatDateTime, linesOf } from "./format.ts";
import styles from "./workspace.module.css";

type Section = keyof SafetyPlanBody;

// Stanley & Brown's seven sections, worded as the client sees them.
const sections: { key: Section; label: string }[] = [
  { key: "warningSigns", label: "Warning signs" },
  { key: "thingsICanDo", label: "Things I can do on my own" },
  { key: "peopleAndPlaces", label: "People and places that take my mind off things" },
  { key: "peopleICanAsk", label: "People I can ask for help" },
  { key: "professionalsAndLines", label: "Professionals and crisis lines" },
  { key: "makingSurroundingsSafer", label: "Making my surroundings safer" },
  { key: "reasonsForLiving", label: "Reasons for living" },
];

export function SafetyTab(props: { client: CaseloadEntry }) {
  const alerts = useAlerts();
  const plan = useClientSafetyPlan(props.client.id);
  return (
    <div>
      <section className={styles.section} aria-labelledby="client-alerts-title">
        <h2 id="client-alerts-title">Safety alerts</h2>
        {props.client.consent.riskAlerts ? (
          <AlertList query={alerts} clientId={props.client.id} />
        ) : (
          <p>{props.client.name} has not agreed to risk alerts. Safety events still appear as counts in the signals.</p>
        )}
      </section>
      <section className={styles.section} aria-labelledby="plan-title">
        <h2 id="plan-title">Safety plan</h2>
        {plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <WorkspaceError error={plan.error} retry={() => void plan.refetch()} />
        ) : (
          <div className={styles.grid}>
            <div>
              <p className={ui.muted}>{plan.data.updatedAt === null ? "The client has not written a plan yet." : `Last changed ${formatDateTime(plan.data.updatedAt)}.`}</p>
              <PlanView plan={plan.data.plan} />
              {plan.data.proposals.length > 0 && (
                <>
                  <h3>Your proposals</h3>
                  <ul>
                    {plan.data.proposals.map((proposal) => (
                      <li key={proposal.id}>
                        {formatDateTime(proposal.createdAt)}: {proposal.status}
                        {proposal.decidedAt === null ? "" : ` (${formatDateTime(proposal.decidedAt)})`}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <ProposeForm key={plan.data.updatedAt ?? "none"} clientId={props.client.id} plan={plan.data.plan} />
          </div>
        )}
      </section>
    </div>
  );
}

function PlanView(props: { plan: SafetyPlanBody }) {
  return (
    <dl>
      {sections.map((section) => (
        <div key={section.key}>
          <dt>
            <strong>{section.label}</strong>
          </dt>
          <dd>
            {props.plan[section.key].length === 0 ? (
              <span className={ui.muted}>empty</span>
            ) : (
              <ul>
                {props.plan[section.key].map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ProposeForm(props: { clientId: string; plan: SafetyPlanBody }) {
  const id = useId();
  const propose = useProposeSafetyPlan(props.clientId);
  const [values, setValues] = useState<Record<Section, string>>(() => {
    const initial = {} as Record<Section, string>;
    for (const section of sections) initial[section.key] = props.plan[section.key].join("\n");
    return initial;
  });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {} as SafetyPlanBody;
    for (const section of sections) body[section.key] = linesOf(values[section.key]);
    propose.mutate(body);
  };
  return (
    <form className={ui.card} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Propose changes</h3>
      <p className={ui.muted}>One item per line. The client sees your proposal and accepts or declines it; their plan changes only if they accept.</p>
      {sections.map((section) => (
        <div className={ui.field} key={section.key}>
          <label className={ui.label} htmlFor={`${id}-${section.key}`}>
            {section.label}
          </label>
          <textarea
            id={`${id}-${section.key}`}
            className={`${ui.input} ${styles.textarea}`}
            value={values[section.key]}
            onChange={(event) => setValues((previous) => ({ ...previous, [section.key]: event.target.value }))}
          />
        </div>
      ))}
      {propose.isError && (
        <p className={ui.error} role="alert">
          {messageOf(propose.error)}
        </p>
      )}
      {propose.isSuccess && (
        <p className={styles.success} role="status">
          Proposal sent. The client decides.
        </p>
      )}
      <button type="submit" className={ui.button} disabled={propose.isPending}>
        Send proposal to the client
      </button>
    </form>
  );
}
