// The crisis protocol as the client sees it (a `data-crisis` part): the fixed words, their own
// safety plan, the lines to call or text with one tap, and — where they agreed to it — a button that
// alerts their therapist now. Every word comes from the server's reviewed copy, never a model.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api, messageOf } from "../api/http.ts";
import ui from "../ui/ui.module.css";
import { BreathingPacer } from "./breathing-pacer.tsx";
import type { CrisisData } from "./chat-transport.ts";
import crisisLines from "../ui/crisis-lines.module.css";
import styles from "./crisis-card.module.css";

type Contact = NonNullable<CrisisData["emergency"]>;

function ContactLinks({ contact }: { contact: Contact }) {
  return (
    <li className={styles.contact}>
      <strong>{contact.name}</strong>
      <span className={ui.muted}>
        {contact.description} · {contact.hours}
      </span>
      <span className={ui.row}>
        {contact.links.map((link) => (
          <a
            key={link.href}
            // The crisis-lines sheet's one-tap pill: a line looks alike wherever it is offered.
            className={crisisLines.action}
            href={link.href}
            {...(link.kind === "web" ? { target: "_blank", rel: "noreferrer noopener" } : {})}
          >
            {link.kind === "call" ? `Call ${link.label}` : link.kind === "text" ? `Text ${link.label}` : link.label}
          </a>
        ))}
      </span>
    </li>
  );
}

export function CrisisCard(props: { data: CrisisData; onKeepTalking: () => void }) {
  const { data } = props;
  const [breathing, setBreathing] = useState(false);
  const alert = useMutation({
    mutationFn: () => api<{ alerted: number }>(`/api/safety-events/${encodeURIComponent(data.safetyEventId)}/alert-therapist`, { method: "POST", body: {} }),
  });
  return (
    <div className={styles.card} data-testid="crisis-card">
      {data.parts.map((part, index) => {
        switch (part.kind) {
          case "paragraph":
            return <p key={index}>{part.text}</p>;
          case "question":
            return (
              <p key={index} className={styles.question}>
                {part.text}
              </p>
            );
          case "safety-plan":
            return (
              <section key={index} className={styles.plan} aria-label="Your safety plan">
                <p>{part.intro}</p>
                {part.sections.map((section) => (
                  <div key={section.section}>
                    <h3 className={styles.planTitle}>{section.title}</h3>
                    <ul>
                      {section.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            );
          case "crisis-lines":
            return (
              <section key={index} aria-label="Crisis lines">
                <p>{part.intro}</p>
                <ul className={styles.contacts}>
                  {part.emergency !== null && <ContactLinks contact={part.emergency} />}
                  {part.lines.map((line) => (
                    <ContactLinks key={line.name} contact={line} />
                  ))}
                </ul>
                {part.noEmergency !== null && <p>{part.noEmergency}</p>}
              </section>
            );
        }
      })}
      <div className={styles.actions}>
        {data.actions.map((action) => {
          switch (action.kind) {
            case "call-emergency":
            case "call-line":
            case "text-line":
            case "open-line-website":
              return action.href === undefined ? null : (
                <a key={action.label} className={action.kind === "call-emergency" ? styles.emergency : ui.secondary} href={action.href}>
                  {action.label}
                </a>
              );
            case "alert-therapist":
              return alert.isSuccess ? (
                <p key={action.label} className={ui.notice} role="status">
                  {alert.data.alerted > 0 ? "Your therapist has been told. They will see it the next time they look, which may not be straight away." : "We couldn't reach a therapist for you just now. Please use the lines above."}
                </p>
              ) : (
                <button key={action.label} type="button" className={ui.button} onClick={() => alert.mutate()} disabled={alert.isPending}>
                  {action.label}
                </button>
              );
            case "open-safety-plan":
              return (
                <Link key={action.label} className={ui.secondary} to="/app/safety-plan">
                  {action.label}
                </Link>
              );
            case "breathe":
              return (
                <button key={action.label} type="button" className={ui.secondary} onClick={() => setBreathing(true)}>
                  {action.label}
                </button>
              );
            case "keep-talking":
              return (
                <button key={action.label} type="button" className={ui.secondary} onClick={props.onKeepTalking}>
                  {action.label}
                </button>
              );
          }
        })}
      </div>
      {alert.isError && (
        <p className={ui.error} role="alert">
          {messageOf(alert.error)}
        </p>
      )}
      {breathing && <BreathingPacer pattern={{ inhale: 4, hold: 0, exhale: 6, holdAfter: 0, cycles: 6 }} onDone={() => setBreathing(false)} />}
    </div>
  );
}
