export type Step = { label: string; state: "done" | "current" | "upcoming"; href?: string }

/** Where the buyer is in a process: an ordered list, the current step marked with aria-current. */
export function Stepper({ steps, label }: { steps: Step[]; label: string }) {
  return (
    <nav aria-label={label} className="usra-stepper">
      <ol>
        {steps.map((step, index) => (
          <li key={step.label} className={`usra-stepper__step usra-stepper__step--${step.state}`}>
            <span className="usra-stepper__number" aria-hidden="true">
              {index + 1}
            </span>
            {step.href && step.state === "done" ? (
              <a href={step.href}>{step.label}</a>
            ) : (
              <span aria-current={step.state === "current" ? "step" : undefined}>{step.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
