// One client's page: who they are in the caseload (consent, companion switch), and a tab per part of
// the work. What appears under each tab is what the server returns for the client's consent now.
import { NavLink, Route, Routes, useParams } from "react-router";
import { messageOf } from "../api/http.ts";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { useCaseload, useSetCompanion, type CaseloadEntry } from "./api.ts";
import { BriefTab } from "./brief-tab.tsx";
import { ConversationsTab } from "./conversations-tab.tsx";
import { FrameTab } from "./frame-tab.tsx";
import { PracticesTab } from "./practices-tab.tsx";
import { SafetyTab } from "./safety-tab.tsx";
import { SessionsTab } from "./sessions-tab.tsx";
import { SignalsTab } from "./signals-tab.tsx";
import { levelTitles } from "./format.ts";
import styles from "./workspace.module.css";

const tabs = [
  { path: "", label: "Session brief" },
  { path: "signals", label: "Signals and charts" },
  { path: "conversations", label: "Conversations" },
  { path: "practices", label: "Practices" },
  { path: "frame", label: "Frame" },
  { path: "safety", label: "Safety" },
  { path: "sessions", label: "Sessions and notes" },
] as const;

export function ClientPage() {
  const { clientId = "" } = useParams();
  const caseload = useCaseload();
  if (caseload.isPending) return <Loading />;
  if (caseload.isError) return <WorkspaceError error={caseload.error} retry={() => void caseload.refetch()} />;
  const client = caseload.data.clients.find((entry) => entry.id === clientId);
  if (client === undefined) {
    return (
      <section>
        <h1>Client not found</h1>
        <p>This person is not linked to you, or has ended the link.</p>
        <NavLink to="/therapist">Back to your clients</NavLink>
      </section>
    );
  }
  const base = `/therapist/clients/${encodeURIComponent(client.id)}`;
  return (
    <section aria-labelledby="client-title">
      <div className={styles.pageHeader}>
        <div>
          <h1 id="client-title">{client.name}</h1>
          <p className={ui.muted}>
            Shares: {levelTitles[client.consent.level]}. Risk alerts {client.consent.riskAlerts ? "on" : "off"}.
          </p>
        </div>
        <CompanionSwitch client={client} />
      </div>
      <nav aria-label="Client sections">
        <ul className={styles.tabs}>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={tab.path === "" ? base : `${base}/${tab.path}`} end className={styles.tab}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<BriefTab client={client} />} />
        <Route path="signals" element={<SignalsTab client={client} />} />
        <Route path="conversations" element={<ConversationsTab client={client} />} />
        <Route path="practices" element={<PracticesTab client={client} />} />
        <Route path="frame" element={<FrameTab client={client} />} />
        <Route path="safety" element={<SafetyTab client={client} />} />
        <Route path="sessions" element={<SessionsTab client={client} />} />
      </Routes>
    </section>
  );
}

function CompanionSwitch(props: { client: CaseloadEntry }) {
  const setCompanion = useSetCompanion();
  const enabled = props.client.companionEnabled;
  return (
    <div className={styles.noPrint}>
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          checked={enabled}
          disabled={setCompanion.isPending}
          onChange={(event) => setCompanion.mutate({ careLinkId: props.client.careLinkId, enabled: event.target.checked })}
        />
        Companion on for this client
      </label>
      {setCompanion.isError && (
        <p className={ui.error} role="alert">
          {messageOf(setCompanion.error)}
        </p>
      )}
    </div>
  );
}
