// "Me": everything about the client's data and care in one list.
import { Link } from "react-router";
import styles from "./pages.module.css";

const places = [
  { to: "/app/me/therapist", title: "My therapist and consent", description: "Connect with an invite code, choose what they see, or end the link." },
  { to: "/app/me/therapist-view", title: "What my therapist sees", description: "Exactly what they see, as they see it." },
  { to: "/app/me/access-log", title: "Who looked, and when", description: "Every time someone read or changed your things." },
  { to: "/app/me/moments", title: "Brought to session", description: "What you chose to talk about next time, and notes." },
  { to: "/app/me/practices", title: "Practices", description: "What your therapist suggested trying, and how it went." },
  { to: "/app/me/check-ins", title: "Check-ins", description: "Mood and questionnaires, and your history." },
  { to: "/app/me/memory", title: "What the companion remembers", description: "Read it, correct it, or make it forget." },
  { to: "/app/me/data", title: "My data and account", description: "Download everything, sign out, or delete your account." },
] as const;

export function MePage() {
  return (
    <section className={styles.page} aria-labelledby="me-title">
      <h1 id="me-title">Me</h1>
      <ul className={styles.list}>
        {places.map((place) => (
          <li key={place.to}>
            <Link to={place.to} className={styles.navLink}>
              <strong>{place.title}</strong>
              <span>{place.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
