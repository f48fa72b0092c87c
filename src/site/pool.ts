/**
 * Where the site's tasks run: on worker threads kept for the whole build (each reads the corpus's
 * model once, for both passes), each kept a few tasks ahead so that it never waits for the main
 * thread; or in this thread, when there is no compiled worker to start (tests run from the sources).
 */
import {Worker} from 'node:worker_threads'
import {runTask, type SiteTask, type TaskContext, type TaskResult} from './tasks.js'

export interface TaskRunner {
  /** Run tasks 0 to count - 1, each made as it is sent; `onResult` hears each as it comes back, in any order. */
  run(
    count: number,
    taskAt: (index: number) => SiteTask,
    onResult: (index: number, result: TaskResult) => void
  ): Promise<void>
  /** How many workers take tasks from now on (at least one; all at first). */
  setWidth(width: number): void
  close(): Promise<void>
}

/** Tasks sent to a worker before its previous one comes back. */
const ahead = 2

interface Message {
  index: number
  /** The result as JSON. */
  result: string
}

export function workerRunner(workerFile: string, workerData: unknown, threads: number): TaskRunner {
  const workers = Array.from({length: threads}, () => new Worker(workerFile, {workerData}))
  // Workers past the width finish what they hold and wait.
  let working = threads
  let refeed: () => void = () => undefined
  let failure: Error | null = null
  let closing = false
  let fail: (error: Error) => void = () => undefined
  for (const worker of workers) {
    worker.on('error', (error) => {
      failure ??= error
      fail(error)
    })
    worker.on('exit', (code) => {
      if (closing) return
      failure ??= new Error(`a worker of the site's build stopped (exit code ${code})`)
      fail(failure)
    })
  }
  return {
    run(count, taskAt, onResult) {
      return new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure)
        let next = 0
        let done = 0
        const pending = new Map<Worker, number>(workers.map((w) => [w, 0]))
        const feed = (worker: Worker): void => {
          if (workers.indexOf(worker) >= working) return
          while (pending.get(worker)! < ahead && next < count) {
            const index = next++
            pending.set(worker, pending.get(worker)! + 1)
            worker.postMessage({index, task: JSON.stringify(taskAt(index))})
          }
        }
        const listeners = workers.map((worker) => {
          const listener = ({index, result}: Message): void => {
            pending.set(worker, pending.get(worker)! - 1)
            try {
              onResult(index, JSON.parse(result) as TaskResult)
            } catch (error) {
              finish()
              reject(error)
              return
            }
            if (++done === count) {
              finish()
              resolve()
            } else feed(worker)
          }
          worker.on('message', listener)
          return listener
        })
        const finish = (): void => {
          for (const [i, worker] of workers.entries()) worker.off('message', listeners[i]!)
          fail = () => undefined
          refeed = () => undefined
        }
        fail = (error) => {
          finish()
          reject(error)
        }
        refeed = () => {
          for (const worker of workers) feed(worker)
        }
        if (count === 0) {
          finish()
          resolve()
          return
        }
        refeed()
      })
    },
    setWidth(width) {
      working = Math.max(1, Math.min(width, threads))
      refeed()
    },
    async close() {
      closing = true
      await Promise.all(workers.map((w) => w.terminate()))
    }
  }
}

export function localRunner(context: TaskContext): TaskRunner {
  return {
    async run(count, taskAt, onResult) {
      for (let index = 0; index < count; index++) {
        onResult(index, runTask(context, taskAt(index)))
        // Now and then, let what waits on the event loop (Pagefind's pipe) go on.
        if (index % 64 === 63) await new Promise((resolve) => setImmediate(resolve))
      }
    },
    setWidth() {},
    async close() {}
  }
}
