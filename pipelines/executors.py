"""Run a build's stages on the executor its config names: datatrove's own Local, Ray or Slurm
pipeline executor, one executor per stage, each stage starting when the one before is complete.

A stage is a list of datatrove steps and a task count. ``local`` and ``ray`` run the stages one
after another from this process and stop at the first stage with a failed task (its log is in the
stage's ``logs/``); ``slurm`` submits one sbatch job array per stage, each depending on the one
before (``afterok``), and returns at once: the cluster runs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from datatrove.executor.base import PipelineExecutor
from datatrove.pipeline.base import PipelineStep

from sloika.config import BuildConfig
from sloika.errors import MissingDependency, SloikaError


@dataclass
class Stage:
    """One datatrove executor's worth of work: ``steps`` run as ``tasks`` tasks, logging to ``logs``.
    ``in_process``: on the local executor, run the tasks one after another in this process (the
    corpus-wide stages are DuckDB queries that use every core already; a pool of fresh worker
    processes would spend longer importing than working)."""

    name: str
    steps: list[PipelineStep | Callable]
    tasks: int
    logs: Path
    in_process: bool = False
    # for an in-process stage: when this says the work outweighs starting processes (asked once,
    # right before the stage), its tasks run in parallel worker processes after all
    parallel_when: Callable[[], bool] | None = None


class StageFailed(SloikaError, RuntimeError):
    """A stage ended with tasks that did not complete; the next stage must not start."""


def run_stages(config: BuildConfig, stages: list[Stage]) -> None:
    """Run ``stages`` in order on the local or Ray executor; raises StageFailed at the first stage
    that leaves a task incomplete."""
    started_ray = _start_ray(config) if config.executor == "ray" else False
    try:
        for stage in stages:
            executor = _executor(config, stage)
            if stage.in_process and config.executor == "local":
                # datatrove's own per-task runner (logs, stats, completion marks), without run()'s
                # multiprocess Manager: one started after the worker pool's forkserver would keep that
                # forkserver alive past a kill of the build
                ranks = executor.get_incomplete_ranks()
                if executor.workers > 1 and len(ranks) > 1 and stage.parallel_when and stage.parallel_when():
                    _run_in_pool(executor, ranks)
                else:
                    for rank in ranks:
                        executor._run_for_rank(rank)
            else:
                executor.run()
            missing = executor.get_incomplete_ranks(skip_completed=True)
            if missing:
                raise StageFailed(
                    f"stage {stage.name!r}: {len(missing)} of {stage.tasks} task(s) did not complete "
                    f"(tasks {missing[:10]}); their logs are in {stage.logs / 'logs'}"
                )
    finally:
        if started_ray:
            import ray

            ray.shutdown()


def _run_in_pool(executor: PipelineExecutor, ranks: list[int]) -> None:
    """The tasks ``ranks`` of an in-process stage on ``executor.workers`` fresh (spawned) processes:
    a plain pool, no Manager (see ``run_stages``); a worker sees the pipe close and exits when the
    build is killed."""
    import multiprocess  # datatrove's own: it pickles the steps with dill

    with multiprocess.get_context("spawn").Pool(min(executor.workers, len(ranks))) as pool:
        pool.map(executor._run_for_rank, ranks, chunksize=1)


def submit_stages(config: BuildConfig, stages: list[Stage]) -> list[str]:
    """Submit ``stages`` as Slurm job arrays chained by dependencies; returns their job ids."""
    from datatrove.executor import SlurmPipelineExecutor

    slurm, logs = config.slurm, slurm_logs(config)
    executors: list[SlurmPipelineExecutor] = []
    for stage in stages:
        executors.append(
            SlurmPipelineExecutor(
                stage.steps,
                tasks=stage.tasks,
                time=slurm.time,
                partition=slurm.partition,
                cpus_per_task=slurm.cpus_per_task,
                mem_per_cpu_gb=slurm.mem_per_cpu_gb,
                qos=slurm.qos,
                job_name=f"sloika-{config.corpus_name}-{stage.name}",
                env_command=slurm.env_command,
                sbatch_args=dict(slurm.sbatch_args),
                max_array_size=slurm.max_array_size,
                depends=executors[-1] if executors else None,
                logging_dir=str(stage.logs),
                slurm_logs_folder=str(logs / stage.name),
                skip_completed=True,
            )
        )
    executors[-1].run()  # launches the chain, dependencies first
    return [str(executor.job_id) for executor in executors]


def slurm_logs(config: BuildConfig) -> Path:
    """Where Slurm's own .out files go: ``slurm.logs``, or ``<output>.slurm-logs`` beside the output."""
    output = Path(config.output)
    return Path(config.slurm.logs) if config.slurm.logs else output.parent / f"{output.name}.slurm-logs"


def _executor(config: BuildConfig, stage: Stage) -> PipelineExecutor:
    workers = max(1, min(config.workers, stage.tasks))
    if config.executor == "ray":
        from datatrove.executor import RayPipelineExecutor

        return RayPipelineExecutor(
            stage.steps,
            tasks=stage.tasks,
            workers=workers,
            logging_dir=str(stage.logs),
            skip_completed=True,
            cpus_per_task=config.ray.cpus_per_task,
            mem_per_cpu_gb=config.ray.mem_per_cpu_gb,
            time=config.ray.time_limit_s,
        )
    from datatrove.executor import LocalPipelineExecutor

    return LocalPipelineExecutor(
        stage.steps,
        tasks=stage.tasks,
        workers=workers,
        logging_dir=str(stage.logs),
        skip_completed=True,  # a resumed build runs only the tasks a kill cut off
    )


def _start_ray(config: BuildConfig) -> bool:
    """Connect to ``ray.address``, or start Ray on this machine with ``workers`` CPUs; True when
    this call started it (and so must stop it). An already initialised Ray is used as it is."""
    try:
        import ray
    except ImportError as err:
        raise MissingDependency(
            "executor: ray needs Ray: pip install 'sloika[scale]' (or choose --executor local)"
        ) from err
    if ray.is_initialized():
        return False
    if config.ray.address:
        ray.init(address=config.ray.address, log_to_driver=False)
    else:
        ray.init(num_cpus=config.workers, include_dashboard=False, log_to_driver=False)
    return True
