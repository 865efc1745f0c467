import type { ViewContext } from '../context.js'

/** 400, 404, 429 and 500 alike: a plain explanation and a way home, never a stack trace. */
export function ErrorPage(props: { ctx: ViewContext; title: string; text: string }) {
  return (
    <div class="error-page">
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <a class="button" href="/">
          {props.ctx.t.goHome}
        </a>
      </p>
    </div>
  )
}
