// The client's safety plan (Stanley & Brown's seven sections), in their own words, built with their
// therapist: edit it, and accept or decline the changes the therapist suggests. The crisis protocol
// walks through it when it is needed.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { api, messageOf } from "../../api/http.ts";
import type { SafetyPlanBody, SafetyPlanDocument, SafetyPlanProposal } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import styles from "./pages.module.css";

const planKey = ["me", "safety-plan"] as const;
type Section = keyof SafetyPlanBody;

/** Headings and prompts in the client's voice; the order the plan is used in. */
const sections: { key: Section; title: string; prompt: string }[] = [
  { key: "warningSigns", title: "My warning signs", prompt: "Thoughts, feelings, situations that tell me a crisis may be coming." },
  { key: "thingsICanDo", title: "Things I can do on my own", prompt: "What takes my mind off things, even a little." },
  { key: "peopleAndPlaces", title: "People and places that help", prompt: "Who or where I can go to feel better or distracted." },
  { key: "peopleICanAsk", title: "People I can ask for help", prompt: "Names, and how to reach them." },
  { key: "professionalsAndLines", title: "Professionals and lines", prompt: "My therapist, my doctor, a crisis line." },
  { key: "makingSurroundingsSafer", title: "Making my surroundings safer", prompt: "What I can put away, or ask someone to keep." },
  { key: "reasonsForLiving", title: "What matters most to me", prompt: "The people and things worth living for." },
];

type PlanResponse = SafetyPlanDocument & { proposals: SafetyPlanProposal[] };

export function SafetyPlanPage() {
  const plan = useQuery({ queryKey: planKey, queryFn: () => api<PlanResponse>("/api/me/safety-plan") });
  return (
    <section className={styles.page} aria-labelledby="plan-title">
      <h1 id="plan-title">My safety plan</h1>
      <p>For hard moments: what to notice, what helps, and who to reach. Write it in your own words — with your therapist if you have one.</p>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <QueryError error={plan.error} retry={() => void plan.refetch()} />
      ) : (
        <>
          {plan.data.proposals
            .filter((proposal) => proposal.status === "pending")
            .map((proposal) => (
              <Proposal key={proposal.id} proposal={proposal} />
            ))}
          <PlanEditor key={plan.data.updatedAt ?? "new"} plan={plan.data.plan} updatedAt={plan.data.updatedAt} />
        </>
      )}
    </section>
  );
}

const toText = (items: string[]) => items.join("\n");
const toItems = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

function PlanEditor(props: { plan: SafetyPlanBody; updatedAt: string | null }) {
  const queryClient = useQueryClient();
  const base = useId();
  const [draft, setDraft] = useState<Record<Section, string>>(() => {
    const entries = sections.map((section) => [section.key, toText(props.plan[section.key])] as const);
    return Object.fromEntries(entries) as Record<Section, string>;
  });
  const save = useMutation({
    mutationFn: (body: SafetyPlanBody) => api<SafetyPlanDocument>("/api/me/safety-plan", { method: "PUT", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKey }),
  });
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = Object.fromEntries(sections.map((section) => [section.key, toItems(draft[section.key])])) as SafetyPlanBody;
    save.mutate(body);
  }
  return (
    <form onSubmit={submit} className={ui.stack}>
      {sections.map((section) => (
        <div key={section.key} className={ui.field}>
          <label className={ui.label} htmlFor={`${base}-${section.key}`}>
            {section.title}
          </label>
          <span className={ui.hint} id={`${base}-${section.key}-hint`}>
            {section.prompt} One per line.
          </span>
          <textarea
            id={`${base}-${section.key}`}
            className={ui.input}
            rows={3}
            value={draft[section.key]}
            onChange={(event) => setDraft({ ...draft, [section.key]: event.target.value })}
            aria-describedby={`${base}-${section.key}-hint`}
          />
        </div>
      ))}
      {save.isError && (
        <p className={ui.error} role="alert">
          {messageOf(save.error)}
        </p>
      )}
      {save.isSuccess && (
        <p className={ui.notice} role="status">
          Saved.
        </p>
      )}
      <button type="submit" className={ui.button} disabled={save.isPending}>
        Save my plan
      </button>
      {props.updatedAt !== null && <p className={styles.meta}>Last changed {new Date(props.updatedAt).toLocaleString()}</p>}
    </form>
  );
}

function Proposal({ proposal }: { proposal: SafetyPlanProposal }) {
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (decision: "accept" | "decline") =>
      api(`/api/me/safety-plan/proposals/${encodeURIComponent(proposal.id)}/${decision}`, { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKey }),
  });
  return (
    <article className={ui.notice} aria-label="A suggested change to your plan">
      <h2>{proposal.by?.name ?? "Your therapist"} suggested changes</h2>
      {sections
        .filter((section) => proposal.plan[section.key].length > 0)
        .map((section) => (
          <div key={section.key}>
            <h3>{section.title}</h3>
            <ul>
              {proposal.plan[section.key].map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      <div className={ui.row}>
        <button type="button" className={ui.button} onClick={() => decide.mutate("accept")} disabled={decide.isPending}>
          Use this plan
        </button>
        <button type="button" className={ui.secondary} onClick={() => decide.mutate("decline")} disabled={decide.isPending}>
          Keep mine
        </button>
      </div>
      {decide.isError && (
        <p className={ui.error} role="alert">
          {messageOf(decide.error)}
        </p>
      )}
    </article>
  );
}
